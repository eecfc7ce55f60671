"""The OpenAPI schema documents every answer an operation can give, errors included.

drf-spectacular documents only the success answer. The error answers below are the ones
``core.api.exception_handler`` and DRF produce; they keep DRF's own error bodies
(``{"detail": "..."}`` and ``{"field": ["problem", ...]}``) that clients already read, which
is why drf-standardized-errors (a different error body) is not used.
"""

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class ErrorDetailSerializer(serializers.Serializer):
    """Not authenticated, not permitted, not found, or a record still referenced."""

    detail = serializers.CharField()


VALIDATION_ERROR = {
    "type": "object",
    "description": (
        'The request\'s problems by field: `{"field": ["problem", ...]}`, '
        "`non_field_errors` for the record as a whole, or `detail` for the request."
    ),
    "properties": {
        "detail": {"type": "string"},
        "non_field_errors": {"type": "array", "items": {"type": "string"}},
    },
    "additionalProperties": {},
}

WRITE_METHODS = {"PUT", "PATCH", "DELETE"}


class ErrorDocumentingSchema(AutoSchema):
    """AutoSchema adding 400, 401, 403, 404 and (on writes to a record) 409 to each operation."""

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        errors: dict[str, Any] = {
            "400": OpenApiResponse(VALIDATION_ERROR, description="Invalid request"),
            "401": OpenApiResponse(ErrorDetailSerializer, description="Not authenticated"),
            "403": OpenApiResponse(ErrorDetailSerializer, description="Not permitted"),
            # Also on lists: a page number past the last page.
            "404": OpenApiResponse(ErrorDetailSerializer, description="Not found"),
        }
        on_record = self.method in WRITE_METHODS or (
            self.method == "POST" and "{" in self.path and self.view.action not in ("create",)
        )
        if on_record:
            errors["409"] = OpenApiResponse(
                ErrorDetailSerializer, description="Stale version, or the record is referenced"
            )
        for code, response in errors.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(response, code, direction=direction)
        return responses
