"""The main pages the browser tests walk: the start page, the working lists and boards.

One list, so a new main page is checked both under the content security policy and at phone
widths; each test adds the pages only it needs.
"""

MAIN_PAGES = [
    "/",
    "/organisations/",
    "/people/",
    "/projects/",
    "/projects/board/",
    "/engagements/",
    "/engagements/calendar/",
    "/sites/",
    "/sites/map/",
    "/tasks/",
    "/agreements/",
    "/support/",
    "/dashboard/",
    "/documents/",
    "/search/?q=кварц",
]
