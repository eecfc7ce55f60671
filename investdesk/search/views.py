from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView

from .services import search


class SearchView(LoginRequiredMixin, TemplateView):
    template_name = "search/results.html"

    def get_template_names(self) -> list[str]:
        # htmx asks for the results only (type-ahead in the search box).
        if self.request.headers.get("HX-Request"):
            return ["search/_results.html"]
        return [self.template_name]

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "")[:200]
        return super().get_context_data(
            query=query, results=search(query, user=self.request.user), **kwargs
        )
