"""Static files storage: whitenoise's compressed storage, made incremental.

``collectstatic`` hands every file to ``post_process`` on each run, and whitenoise compresses
them all again (about 30 s of CPU for the vendor bundles, brotli at its best quality). Here a
file is compressed only when its compressed copies are missing or older than the file, so a
restart of ``make serve`` or ``make run`` spends no time on unchanged files.
"""

from __future__ import annotations

import os
from typing import Any

from whitenoise.compress import Compressor
from whitenoise.storage import CompressedStaticFilesStorage

# Source maps are fetched only by a browser's developer tools: not worth compressing.
SKIP_COMPRESS_EXTENSIONS = (*Compressor.SKIP_COMPRESS_EXTENSIONS, "map")


class IncrementalCompressedStaticFilesStorage(CompressedStaticFilesStorage):
    def post_process(self, paths: dict[str, Any], dry_run: bool = False, **options: Any):
        stale = {
            path: value for path, value in paths.items() if not self._compressed_is_fresh(path)
        }
        yield from super().post_process(stale, dry_run, **options)

    def create_compressor(self, **kwargs: Any) -> Compressor:
        if kwargs.get("extensions") is None:
            kwargs["extensions"] = SKIP_COMPRESS_EXTENSIONS
        return super().create_compressor(**kwargs)

    def _compressed_is_fresh(self, path: str) -> bool:
        full_path = self.path(path)
        copies = [
            full_path + suffix for suffix in (".gz", ".br") if os.path.exists(full_path + suffix)
        ]
        if not copies:
            return False
        source_mtime = os.path.getmtime(full_path)
        return all(os.path.getmtime(copy) >= source_mtime for copy in copies)
