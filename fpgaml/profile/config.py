"""Config of the `profile` stage: budgets and target device (owned by the profile work; extend freely)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ProfileConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    device: str = "vu13p"
