// Draws the dashboard charts from the JSON the server embedded; the tables beside
// them carry the same figures, so the page still reads without JavaScript.
(function () {
  "use strict";
  var source = document.getElementById("dashboard-data");
  if (!source || typeof echarts === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var money = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 });

  function bars(rows, labelKey, valueKey, horizontal) {
    var labels = rows.map(function (r) { return r[labelKey]; });
    var values = rows.map(function (r) { return r[valueKey]; });
    var category = { type: "category", data: labels, axisLabel: { width: 120, overflow: "truncate" } };
    var value = { type: "value" };
    return {
      tooltip: { trigger: "axis", valueFormatter: function (v) { return v === null ? "—" : money.format(v); } },
      grid: { left: horizontal ? 130 : 40, right: 16, top: 16, bottom: 30 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign({ inverse: true }, category) : value,
      series: [{ type: "bar", data: values }],
    };
  }

  var builders = {
    funnel: function (d) {
      return {
        tooltip: { trigger: "item" },
        series: [{
          type: "funnel", sort: "none", minSize: "10%", left: 10, right: 10,
          label: { show: true, formatter: "{b}: {c}" },
          data: d.filter(function (r) { return r.count > 0; })
                 .map(function (r) { return { name: r.label, value: r.count }; }),
        }],
      };
    },
    direction: function (d) { return bars(d, "label", "count", true); },
    country: function (d) { return bars(d, "label", "count", true); },
    municipality: function (d) { return bars(d, "label", "count", true); },
    engagements: function (d) { return bars(d, "key", "count", false); },
    conversion: function (d) { return bars(d, "label", "percent", true); },
    median: function (d) { return bars(d, "label", "median_days", true); },
    tasks: function (d) { return bars(d, "label", "count", true); },
    commitments: function (d) {
      return {
        tooltip: { trigger: "item" },
        series: [{ type: "pie", radius: ["35%", "70%"],
                   data: d.map(function (r) { return { name: r.label, value: r.count }; }) }],
      };
    },
  };

  document.querySelectorAll("[data-chart]").forEach(function (node) {
    var key = node.getAttribute("data-chart");
    if (!builders[key] || !data[key]) { return; }
    var chart = echarts.init(node);
    chart.setOption(builders[key](data[key]));
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
