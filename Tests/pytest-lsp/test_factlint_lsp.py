"""An independent LSP client (pytest-lsp) drives `factlint lsp`.

Run by .ci/run: `pytest Tests/pytest-lsp` inside a virtual environment with
pytest-lsp; FACTLINT_BIN names the built binary.
"""
import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("FACTLINT_BIN", str(ROOT / ".build" / "debug" / "factlint"))
URI = "file:///drafts/pytest-lsp-draft.md"
# "’" and "🙂" before the figure: the client counts UTF-16 units.
TEXT = "# Muse Spark’s launch 🙂\n\nMeta launched Muse Spark on April 7, 2026, and it scored 54 on the Artificial Analysis Intelligence Index.\n"


def vscode_languageclient_capabilities() -> types.ClientCapabilities:
    """What vscode-languageclient 9 declares at start: pytest-lsp's VS Code 1.65
    profile predates LSP 3.17, so the fields the client's features add since are
    set here as its sources set them (DiagnosticFeature: pull with dynamic
    registration, no related documents, refresh support; general: UTF-16)."""
    capabilities = client_capabilities("visual-studio-code")
    capabilities.text_document.diagnostic = types.DiagnosticClientCapabilities(
        dynamic_registration=True, related_document_support=False
    )
    capabilities.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    capabilities.general = capabilities.general or types.GeneralClientCapabilities()
    capabilities.general.position_encodings = [types.PositionEncodingKind.Utf16]
    return capabilities


# A client of each kind: VS Code's pulls diagnostics, Neovim 0.7 has them pushed.
CLIENTS = {
    "vscode-languageclient": vscode_languageclient_capabilities,
    "neovim-0.7": lambda: client_capabilities("neovim@v0.7.0"),
}


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[BINARY, "lsp", "--stdio"]),
    params=sorted(CLIENTS),
)
async def client(request, lsp_client: LanguageClient):
    # The extension's initializationOptions with VS Code's default settings: no empty `sources`.
    lsp_client.initialize_result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=CLIENTS[request.param](),
            initialization_options={"facts": [], "noDefaultFacts": False},
        )
    )
    yield
    await lsp_client.shutdown_session()


def pulls(client: LanguageClient) -> bool:
    return client.capabilities.text_document.diagnostic is not None


async def open_draft(client: LanguageClient):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="markdown", version=1, text=TEXT)
        )
    )
    if not pulls(client):
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return client.diagnostics[URI]
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert report.kind == "full"
    return report.items


@pytest.mark.asyncio
async def test_diagnostics_for_the_wrong_date_and_score(client: LanguageClient):
    diagnostics = await open_draft(client)
    messages = sorted(d.message for d in diagnostics)
    assert messages == [
        "Muse Spark launched on April 8, 2026, not April 7, 2026",
        "Muse Spark scored 52 on the Artificial Analysis Intelligence Index, not 54",
    ]
    score = next(d for d in diagnostics if "scored" in d.message)
    line = TEXT.split("\n")[2]
    assert score.range.start == types.Position(line=2, character=line.index("54"))
    assert score.code == "conflict" and score.source == "factlint"
    assert score.severity == types.DiagnosticSeverity.Error


@pytest.mark.asyncio
async def test_code_action_and_hover(client: LanguageClient):
    diagnostics = await open_draft(client)
    date = next(d for d in diagnostics if "launched" in d.message)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=types.Range(start=date.range.start, end=date.range.start),
            context=types.CodeActionContext(diagnostics=[date]),
        )
    )
    quickfix = next(a for a in actions if a.kind == types.CodeActionKind.QuickFix)
    assert quickfix.is_preferred
    (edit,) = quickfix.edit.changes[URI]
    assert edit.new_text == "April 8, 2026" and edit.range == date.range
    assert any(a.kind == "source.fixAll.factlint" for a in actions)
    # "Ignore here": the silencing comment on its own line above the finding's.
    ignore = next(a for a in actions if a.title == "Ignore here: factlint-disable-next-line conflict")
    (insert,) = ignore.edit.changes[URI]
    assert insert.new_text == "<!-- factlint-disable-next-line conflict -->\n"
    assert insert.range.start == insert.range.end == types.Position(line=date.range.start.line, character=0)

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=date.range.start)
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "April 8, 2026" in hover.contents.value
    assert "Muse Spark launched on April 8" in hover.contents.value


@pytest.mark.asyncio
async def test_diagnostics_arrive_one_way_only(client: LanguageClient):
    """A pulling client is never pushed to (it would show each finding twice);
    a client that does not pull is offered no pull."""
    diagnostics = await open_draft(client)
    assert len(diagnostics) == 2
    if pulls(client):
        # Whatever the server would push has been sent by the time it answers the pull.
        await client.text_document_hover_async(
            types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=0, character=0))
        )
        assert URI not in client.diagnostics, "a pulling client must not be pushed to"
        assert client.initialize_result.capabilities.diagnostic_provider is not None
    else:
        assert client.initialize_result.capabilities.diagnostic_provider is None
