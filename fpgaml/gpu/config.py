"""Config of the GPU path (`fpgaml gpu export|bench`) (owned by the GPU work; extend freely)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class GpuConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    opset: int = 17
