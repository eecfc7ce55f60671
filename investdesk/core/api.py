"""Shared pieces of the REST API: error format, permissions, pagination, versioned updates.

Every app's ``api`` package builds on these so that all endpoints answer errors in one
shape (DRF's ``{"field": ["problem"]}``), check role permissions the same way and refuse
stale updates with 409 and the record's current state.
"""

from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, models
from django.db.models import ProtectedError
from django.utils.translation import gettext as _
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import exceptions, pagination, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from investdesk.accounts.choices import Role
from investdesk.core.schema import ErrorDocumentingSchema
from investdesk.core.services import ConcurrentUpdateError


def django_error_to_drf(exc: DjangoValidationError) -> exceptions.ValidationError:
    """A model/service ValidationError as DRF's ``{"field": ["problem", ...]}``."""
    if hasattr(exc, "error_dict"):
        detail = {
            (api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field): messages
            for field, messages in exc.message_dict.items()
        }
    else:
        detail = {api_settings.NON_FIELD_ERRORS_KEY: exc.messages}
    return exceptions.ValidationError(detail)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, plus service errors: validation → 400 by field, stale version → 409."""
    if isinstance(exc, DjangoValidationError):
        exc = django_error_to_drf(exc)
    elif isinstance(exc, ConcurrentUpdateError):
        view = context.get("view")
        current = None
        if view is not None and hasattr(view, "get_serializer"):
            current = view.get_serializer(exc.current).data
        return Response(
            {"detail": str(exc), "version": exc.current.version, "current": current},
            status=status.HTTP_409_CONFLICT,
        )
    elif isinstance(exc, (OverflowError, DataError)):
        # SQLite cannot even compare integers beyond 64 bits: such an id or filter value
        # is the client's mistake, not the server's.
        return Response(
            {"detail": _("A number in the request is out of range.")},
            status=status.HTTP_400_BAD_REQUEST,
        )
    elif isinstance(exc, ProtectedError):
        return Response(
            {"detail": _("The record is still referenced by other records and cannot be deleted.")},
            status=status.HTTP_409_CONFLICT,
        )
    return drf_exception_handler(exc, context)


class RolePermission(permissions.DjangoModelPermissions):
    """The role's Django model permissions, with reading requiring the ``view`` permission."""

    perms_map = {
        **permissions.DjangoModelPermissions.perms_map,
        "GET": ["%(app_label)s.view_%(model_name)s"],
        "HEAD": ["%(app_label)s.view_%(model_name)s"],
        "OPTIONS": ["%(app_label)s.view_%(model_name)s"],
    }


class AdminWritePermission(RolePermission):
    """Reference data: everybody with the view permission reads, only administrators write."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        return request.user.has_role(Role.ADMIN)


class Pagination(pagination.PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


def header_version(request) -> int | None:
    """The version in an ``If-Match`` header (``3``, ``"3"`` or ``W/"3"``), if any."""
    header = request.headers.get("If-Match", "").strip()
    header = header.removeprefix("W/").strip('"')
    return int(header) if header.isdigit() else None


def expected_version(request, data: dict[str, Any]) -> int:
    """The version the client read: ``version`` in the body or an ``If-Match`` header."""
    value = data.pop("version", None)
    if value is None:
        value = header_version(request)
    if value is None:
        raise exceptions.ValidationError(
            {"version": [_("Send the version you read (in the body or an If-Match header).")]}
        )
    return int(value)


VERSION_PARAMETER = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="The version the client read, instead of `version` in the body.",
)


class ConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    version = serializers.IntegerField()
    current = serializers.DictField()


def versioned_schema(viewset: type) -> type:
    """Document the If-Match header and the 409 answer on update endpoints."""
    extra = {
        "parameters": [VERSION_PARAMETER],
        "responses": {
            200: viewset.serializer_class,
            409: OpenApiResponse(ConflictSerializer, description="Stale version"),
        },
    }
    views = {"update": extend_schema(**extra), "partial_update": extend_schema(**extra)}
    if issubclass(viewset, ArchiveActionsMixin):
        for name, what in (("archive", "Archive"), ("restore", "Restore from the archive")):
            views[name] = extend_schema(
                request=ArchiveRequestSerializer,
                description=(
                    f"{what} the record, as the archive and restore buttons of its page do. "
                    "Send the version you read (`version` in the body or an If-Match "
                    "header) to be refused with 409 if it changed meanwhile."
                ),
                **extra,
            )
    return extend_schema_view(**views)(viewset)


class ArchiveRequestSerializer(serializers.Serializer):
    # Optional, like the version field of the web page's archive button.
    version = serializers.IntegerField(required=False, min_value=0, max_value=2**31 - 1)


class ArchiveActionsMixin:
    """``POST {id}/archive/`` and ``{id}/restore/`` calling the app's archive service, as the
    web page's archive and restore buttons do (the same role check and version conflict).

    The viewset sets ``archive_service`` (a staticmethod: ``service(<archive_keyword>=record, archived=...,
    expected_version=...)``) and lets archived records into ``get_queryset`` when
    ``include_archived`` is true, so an archived record can be found and restored.
    """

    archive_service: Any = None
    archive_keyword = ""

    @property
    def include_archived(self) -> bool:
        return getattr(self, "action", None) in ("archive", "restore")

    def _set_archived(self, request, archived: bool) -> Response:
        record = self.get_object()
        meta = record._meta
        # The web buttons need the change permission (POST alone only asks for "add").
        if not request.user.has_perm(f"{meta.app_label}.change_{meta.model_name}"):
            self.permission_denied(request)
        body = ArchiveRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        version = body.validated_data.get("version")
        if version is None:
            version = header_version(request)
        self.archive_service(
            **{self.archive_keyword: record}, archived=archived, expected_version=version
        )
        record = self.get_queryset().get(pk=record.pk)
        return Response(self.get_serializer(record).data, status=status.HTTP_200_OK)

    @action(detail=True, methods=["post"])
    def archive(self, request, pk=None) -> Response:
        return self._set_archived(request, archived=True)

    @action(detail=True, methods=["post"])
    def restore(self, request, pk=None) -> Response:
        return self._set_archived(request, archived=False)


class BaseViewSet(viewsets.ModelViewSet):
    """A viewset whose writes are delegated to ``create_object``/``update_object`` (services)."""

    permission_classes = [permissions.IsAuthenticated, RolePermission]
    pagination_class = Pagination
    schema = ErrorDocumentingSchema()
    versioned = True

    def create_object(self, data: dict[str, Any]) -> models.Model:
        raise NotImplementedError

    def update_object(
        self, instance: models.Model, data: dict[str, Any], version: int | None
    ) -> models.Model:
        """Call the app's update service (a viewset that allows PUT/PATCH defines it)."""
        raise NotImplementedError

    def destroy_object(self, instance: models.Model) -> None:
        """Call the app's delete or archive service (a viewset that allows DELETE defines it)."""
        raise NotImplementedError

    def perform_create(self, serializer) -> None:
        data = dict(serializer.validated_data)
        data.pop("version", None)
        serializer.instance = self.create_object(data)

    def perform_update(self, serializer) -> None:
        data = dict(serializer.validated_data)
        version = expected_version(self.request, data) if self.versioned else None
        serializer.instance = self.update_object(serializer.instance, data, version)

    def perform_destroy(self, instance) -> None:
        self.destroy_object(instance)


class ReadOnlyBaseViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [permissions.IsAuthenticated, RolePermission]
    pagination_class = Pagination
    schema = ErrorDocumentingSchema()
