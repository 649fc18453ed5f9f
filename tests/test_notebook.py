"""notebooks/explore.ipynb runs top to bottom (builds the graph, queries, ego network, map)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"

pytestmark = pytest.mark.slow


def _venv_kernel() -> str:
    """The "python3" kernel, made to run this interpreter (the venv's) if it does not already."""
    from jupyter_client.kernelspec import KernelSpecManager

    def argv0():
        try:
            return KernelSpecManager().get_kernel_spec("python3").argv[0]
        except Exception:  # noqa: BLE001 - no such kernel yet
            return None

    exe = argv0()
    if exe not in (sys.executable, "python", "python3") and Path(exe or "").resolve() != Path(sys.executable).resolve():
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix"], check=True, capture_output=True)
    return "python3"


def test_explore_notebook_runs(tmp_path, monkeypatch):
    pytest.importorskip("kg.pipeline", reason="the notebook builds the graph: needs kg.pipeline")
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.delenv("KG_BUILD_DIR", raising=False)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print('KERNEL', sys.prefix)"))
    client = NotebookClient(nb, kernel_name=_venv_kernel(), timeout=600,
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    text = "\n".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", ""))
                     for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "persons" in text and "nodes," in text
    assert f"KERNEL {sys.prefix}" in text  # the kernel ran in this (the venv's) Python
