"""``/api/v1/attachments/``: list by record, upload (multipart), download, archive.

The same rule as the pages (``registry``): a record's files are listed and downloaded by
whoever may see the record, uploaded and archived by whoever may edit it; a file of a
record the user may not see is 404.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError
from django.http import Http404
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from investdesk.attachments import registry, selectors, uploads
from investdesk.attachments.models import Attachment
from investdesk.attachments.services import attachment_archive, attachment_upload, too_large_error
from investdesk.attachments.views import download_response
from investdesk.core.api import Pagination
from investdesk.core.schema import ErrorDocumentingSchema

from .serializers import AttachmentSerializer, AttachmentUploadSerializer


class AttachmentFilter(filters.FilterSet):
    target_type = filters.ChoiceFilter(
        field_name="content_type__model", choices=lambda: [(k, k) for k in registry.kinds()]
    )
    target_id = filters.NumberFilter(field_name="object_id", min_value=1, max_value=2**63 - 1)
    is_archived = filters.BooleanFilter()

    class Meta:
        model = Attachment
        fields = ["target_type", "target_id", "is_archived"]


class AttachmentAccess(permissions.IsAuthenticated):
    """Reading needs the view permission of some record kind that takes attachments,
    uploading the change permission of one; each record's own rule is checked after."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if view.action == "create":
            return registry.may_change_any(request.user)
        return any(
            request.user.has_perm(registry.permission(registry.model_for(kind), "view"))
            for kind in registry.kinds()
        )


class AttachmentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = AttachmentSerializer
    permission_classes = [AttachmentAccess]
    pagination_class = Pagination
    schema = ErrorDocumentingSchema()
    filterset_class = AttachmentFilter
    ordering_fields = ["uploaded_at", "size", "original_name", "id"]
    ordering = ["-uploaded_at", "-id"]
    parser_classes = [MultiPartParser, FormParser, JSONParser]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no user
            return Attachment.objects.none()
        return selectors.visible_attachments(self.request.user)

    def initial(self, request, *args, **kwargs) -> None:
        # Before authentication reads the body (the CSRF check of session logins does): the
        # limit must be in place while the file arrives.
        if request.method == "POST" and self.action == "create":
            self._handlers = uploads.install(request._request)
            self._declared_too_large = uploads.declared_too_large(request._request)
        super().initial(request, *args, **kwargs)

    @extend_schema(
        request={"multipart/form-data": AttachmentUploadSerializer},
        responses={201: AttachmentSerializer},
    )
    def create(self, request, *args, **kwargs) -> Response:
        if getattr(self, "_declared_too_large", False) or uploads.exceeded(
            getattr(self, "_handlers", [])
        ):
            raise too_large_error()
        refused = uploads.refusal(getattr(self, "_handlers", []))
        if refused is not None:
            raise ValidationError({"file": refused.messages})
        upload = AttachmentUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        data = upload.validated_data
        model = registry.model_for(data["target_type"])
        record = registry.visible_records(model, request.user).filter(pk=data["target_id"]).first()
        if record is None:
            raise Http404
        try:
            attachment = attachment_upload(
                target=record,
                upload=data["file"],
                name=data["file"].name,
                user=request.user,
                description=data.get("description", ""),
            )
        except DjangoPermissionDenied as exc:
            raise PermissionDenied(str(exc)) from exc
        return Response(self.get_serializer(attachment).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=None,
        responses={
            (200, "application/octet-stream"): OpenApiResponse(
                OpenApiTypes.BINARY, description="The file"
            )
        },
    )
    @action(detail=True, methods=["get"])
    def download(self, request, pk=None):
        return download_response(self.get_object())

    @extend_schema(request=None, responses={200: AttachmentSerializer})
    @action(detail=True, methods=["post"])
    def archive(self, request, pk=None) -> Response:
        try:
            attachment = attachment_archive(attachment=self.get_object(), user=request.user)
        except DjangoPermissionDenied as exc:
            raise PermissionDenied(str(exc)) from exc
        return Response(self.get_serializer(attachment).data)
