from django.urls import path, register_converter

from . import views
from .converters import PortalLanguageConverter

register_converter(PortalLanguageConverter, "portal_lang")

app_name = "portal"

urlpatterns = [
    path("", views.language_redirect, name="root"),
    path("files/photo/<int:pk>/", views.photo, name="photo"),
    path("files/document/<int:pk>/", views.document, name="document"),
    path("<portal_lang:lang>/", views.home, name="home"),
    path("<portal_lang:lang>/sites/", views.site_list, name="sites"),
    path("<portal_lang:lang>/sites/<int:pk>/", views.site_detail, name="site"),
    path("<portal_lang:lang>/support/", views.support_measures, name="support"),
    path("<portal_lang:lang>/contacts/", views.contacts, name="contacts"),
    path("<portal_lang:lang>/inquiry/", views.inquiry, name="inquiry"),
    path("<portal_lang:lang>/inquiry/thanks/", views.inquiry_thanks, name="inquiry-thanks"),
]
