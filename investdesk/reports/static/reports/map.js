// Draws every [data-points] map from its JSON points. Markers are vector circles, so
// they need no images and appear even when the tile server cannot be reached.
(function () {
  "use strict";
  if (typeof L === "undefined") { return; }
  var YUGRA = [61.5, 70.0];

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text || "";
    return div.innerHTML;
  }

  document.querySelectorAll("[data-points]").forEach(function (node) {
    var source = document.getElementById(node.getAttribute("data-points"));
    var points = source ? JSON.parse(source.textContent) : [];
    var map = L.map(node, { scrollWheelZoom: false }).setView(YUGRA, 5);
    var tiles = node.getAttribute("data-tile-url");
    var outline = node.getAttribute("data-outline-url");
    if (tiles) {
      L.tileLayer(tiles, {
        maxZoom: 18,
        attribution: "&copy; OpenStreetMap contributors",
      }).addTo(map);
    } else if (outline) {
      // No tile server (the default: the platform runs offline): the countries' borders
      // from our own static files, under the markers.
      map.getContainer().style.background = "#e8f1f8";
      fetch(outline, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (countries) {
          if (!countries) { return; }
          var layer = L.geoJSON(countries, {
            interactive: false,
            style: { color: "#8a9bb0", weight: 1, fillColor: "#fbfaf5", fillOpacity: 1 },
          }).addTo(map);
          layer.bringToBack();
          node.setAttribute("data-outline-drawn", "true");
        })
        .catch(function () { /* the markers and the list still work */ });
      map.attributionControl.addAttribution("Natural Earth");
    }
    var markers = points.map(function (point, index) {
      // "projects": one marker for the many projects of a place, with their count.
      var many = point.kind === "projects";
      var marker = L.circleMarker([point.lat, point.lng], {
        radius: many ? 13 : 8, weight: 2,
        color: point.kind === "site" ? "#0d6efd" : "#d63384",
        fillOpacity: 0.7, className: "map-marker map-marker-" + index,
      }).addTo(map);
      marker.bindPopup(
        '<a href="' + encodeURI(point.url) + '"><strong>' + escapeHtml(point.title) +
        "</strong></a>" + (point.subtitle ? "<br>" + escapeHtml(point.subtitle) : "")
      );
      if (many) {
        marker.bindTooltip(String(point.count), {
          permanent: true, direction: "center", className: "map-marker-count",
        });
      }
      return marker;
    });
    if (markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 10 });
    }
    var root = node.closest("[data-map-root]") || document;
    root.querySelectorAll("[data-show-on-map]").forEach(function (button) {
      button.addEventListener("click", function () {
        var marker = markers[Number(button.getAttribute("data-show-on-map"))];
        if (marker) {
          map.setView(marker.getLatLng(), Math.max(map.getZoom(), 8));
          marker.openPopup();
        }
      });
    });
  });
})();
