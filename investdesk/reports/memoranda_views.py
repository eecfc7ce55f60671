"""The "memoranda followed through" report: a page, its Excel and its PDF (``?format=``)."""

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import View

from investdesk.agreements.choices import AgreementKind

from .access import ReaderRequiredMixin
from .forms import DashboardFilterForm
from .memoranda import memoranda_report, memoranda_sheets
from .views import render_pdf
from .xlsx import xlsx_response


class MemorandaFilterForm(DashboardFilterForm):
    """The dashboard's filters (period = signing date) and the kind of agreement."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds")), *AgreementKind.choices]
        self.fields["kind"].widget.attrs["class"] = "form-select form-select-sm"

    def kind_value(self) -> str:
        return self.cleaned_data.get("kind", "") if self.is_valid() else ""


class MemorandaReportView(ReaderRequiredMixin, View):
    def get(self, request):
        form = MemorandaFilterForm(request.GET or None)
        report = memoranda_report(form.to_filters(), user=request.user, kind=form.kind_value())
        stamp = timezone.localdate().isoformat()
        output = request.GET.get("format", "")
        if output == "xlsx":
            return xlsx_response(memoranda_sheets(report), filename=f"memoranda-{stamp}.xlsx")
        context = {"form": form, "report": report, "query": _query_without_format(request)}
        if output == "pdf":
            html = render_to_string("reports/memoranda_print.html", context, request)
            response = HttpResponse(render_pdf(html), content_type="application/pdf")
            response["Content-Disposition"] = f'attachment; filename="memoranda-{stamp}.pdf"'
            return response
        return render(request, "reports/memoranda.html", context)


def _query_without_format(request) -> str:
    query = request.GET.copy()
    query.pop("format", None)
    return query.urlencode()
