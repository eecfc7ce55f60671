"""factory_boy factories of the documents app; records are made by its services."""

import factory

from investdesk.documents.models import Document
from investdesk.documents.services import document_store


class DocumentFactory(factory.Factory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Документ {n + 1}")
    text = factory.Sequence(lambda n: f"Текст документа {n + 1}")
    kind = "press_release"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return document_store(**kwargs)[0]


make_document = DocumentFactory
