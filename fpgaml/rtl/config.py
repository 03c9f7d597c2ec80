"""Config of the `rtl` stage (owned by the RTL work; extend freely)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class RtlConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    enabled: bool = True
