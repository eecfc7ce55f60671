from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .leads import lead_investors_refresh
from .models import PipelineStage, Project, ProjectParticipant, StageTransition


class ProjectParticipantInline(admin.TabularInline):
    model = ProjectParticipant
    extra = 0
    autocomplete_fields = ("organisation",)


class StageTransitionInline(admin.TabularInline):
    model = StageTransition
    extra = 0
    fields = ("changed_at", "from_stage", "to_stage", "changed_by", "reason")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        # Stage moves go through the pipeline service so every move has a reason.
        return False


@admin.register(PipelineStage)
class PipelineStageAdmin(SimpleHistoryAdmin):
    list_display = ("code", "name_ru", "name_en", "order", "is_closing")
    list_editable = ("name_ru", "name_en", "order")
    readonly_fields = ("code",)


@admin.register(Project)
class ProjectAdmin(SimpleHistoryAdmin):
    list_display = (
        "title",
        "stage",
        "curator",
        "municipality",
        "capex_planned",
        "currency",
        "next_step_due",
    )
    list_filter = (
        "stage",
        "directions",
        "municipality",
        "confidentiality",
        "lead_source",
        "is_archived",
    )
    search_fields = ("title", "code_name", "organisations__name")
    autocomplete_fields = ("site", "municipality", "curator")
    filter_horizontal = ("directions", "shared_with")
    readonly_fields = ("stage", "stage_changed_at", "version", "created_at", "updated_at")
    inlines = [ProjectParticipantInline, StageTransitionInline]
    list_select_related = ("stage", "curator", "municipality")

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        # The participant inline adds, removes and changes roles: the lead investor derives.
        lead_investors_refresh(project_ids=[form.instance.pk])


@admin.register(StageTransition)
class StageTransitionAdmin(admin.ModelAdmin):
    list_display = ("project", "from_stage", "to_stage", "changed_at", "changed_by")
    list_filter = ("to_stage",)
    search_fields = ("project__title", "reason")
    date_hierarchy = "changed_at"
    list_select_related = ("project", "from_stage", "to_stage", "changed_by")

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        # The stage history is a record (and the stage stays derive from it).
        return False
