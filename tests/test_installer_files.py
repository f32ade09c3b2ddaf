"""The Windows installer script and its workflow agree with the application they package.

Neither runs here (both need Windows): these checks read them as text and hold them to the
names, folders and version the application itself uses.
"""

from __future__ import annotations

import re
import tomllib
import uuid
from pathlib import Path, PureWindowsPath

import peps_desktop
from peps_desktop.core.shared import store_choice

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "installer" / "peps-desktop.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"

SECTION_HEADER = re.compile(r"\[(\w+)\]")
DEFINE = re.compile(r'^\s*#define\s+(\w+)\s+"([^"]*)"', re.MULTILINE)
PARAMETER = re.compile(r'(\w+):\s*(?:"((?:[^"]|"")*)"|([^;]*))')


def script() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def workflow() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def defines() -> dict[str, str]:
    return dict(DEFINE.findall(script()))


def expanded(text: str) -> str:
    """`text` with the script's {#Name} preprocessor references replaced by their values."""
    values = defines()
    return re.sub(r"\{#(\w+)\}", lambda match: values[match.group(1)], text)


def section(name: str) -> list[str]:
    """The lines of one [Section], without blank lines and comments."""
    lines: list[str] = []
    inside = False
    for raw in script().splitlines():
        line = raw.strip()
        header = SECTION_HEADER.fullmatch(line)
        if header:
            inside = header.group(1) == name
        elif inside and line and not line.startswith((";", "//")):
            lines.append(line)
    return lines


def directives(name: str) -> dict[str, str]:
    """`Key=value` lines of a section ([Setup], [CustomMessages]), values expanded."""
    return {key: expanded(value) for key, value in (line.split("=", 1) for line in section(name))}


def entries(name: str) -> list[dict[str, str]]:
    """`Name: "value"; Other: value` lines of a section ([Files], [Icons], ...), expanded."""
    return [
        {key: expanded(quoted or bare.strip()) for key, quoted, bare in PARAMETER.findall(line)}
        for line in section(name)
    ]


def test_the_app_id_is_a_fixed_well_formed_guid() -> None:
    app_id = directives("Setup")["AppId"]
    # "{{" is Inno Setup's escape for a literal brace: the id is {GUID}.
    match = re.fullmatch(r"\{\{([0-9A-F-]+)\}", app_id)
    assert match, app_id
    assert str(uuid.UUID(match.group(1))).upper() == match.group(1)


def test_the_product_is_named_as_the_app_names_itself() -> None:
    setup = directives("Setup")
    assert setup["AppName"] == peps_desktop.APP_NAME
    assert setup["DefaultDirName"] == "{autopf}\\" + peps_desktop.APP_NAME
    assert setup["PrivilegesRequired"] == "admin"
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"commandline", "dialog"}


def test_the_default_version_is_pyprojects() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert defines()["AppVersion"] == pyproject["project"]["version"]
    assert directives("Setup")["OutputBaseFilename"] == (
        f"peps-desktop-setup-{pyproject['project']['version']}"
    )


def test_the_pyinstaller_folder_is_what_gets_installed() -> None:
    (files,) = entries("Files")
    source = PureWindowsPath(files["Source"])
    assert source.name == "*"
    assert (SCRIPT.parent / Path(*source.parent.parts)).resolve() == ROOT / "dist" / "peps-desktop"
    assert files["DestDir"] == "{app}"
    assert {"recursesubdirs", "ignoreversion"} <= set(files["Flags"].split())


def test_shortcuts_and_launch_start_the_windowed_program() -> None:
    program = f"{{app}}\\{peps_desktop.APP_ID}.exe"
    assert program == "{app}\\peps-desktop.exe"
    icons = entries("Icons")
    assert [icon["Name"] for icon in icons if "Tasks" not in icon] == [
        "{autoprograms}\\" + peps_desktop.APP_NAME
    ]
    assert all(icon["Filename"] == program for icon in icons)
    (launch,) = entries("Run")
    assert launch["Filename"] == program
    assert {"postinstall", "nowait", "skipifsilent"} <= set(launch["Flags"].split())


def test_shortcuts_carry_the_app_user_model_id_the_app_declares() -> None:
    """Windows files the app's toast notifications under the shortcut with the same id."""
    icons = entries("Icons")
    assert icons
    for icon in icons:
        assert icon["AppUserModelID"] == peps_desktop.APP_USER_MODEL_ID


def test_nothing_is_installed_into_the_users_data_folder() -> None:
    for name in ("Setup", "Dirs", "Files", "Icons", "INI", "Registry", "InstallDelete", "Run"):
        text = "\n".join(section(name)).lower()
        assert "{localappdata}" not in text, name
        assert "{userappdata}" not in text, name
        assert "{autoappdata}" not in text, name


def test_only_a_purge_removes_the_folder_the_app_keeps_its_data_in() -> None:
    code = "\n".join(section("Code"))
    # platformdirs' user_data_dir(APP_ID, appauthor=False) on Windows.
    assert f"ExpandConstant('{{localappdata}}\\{peps_desktop.APP_ID}')" in code
    assert "'/PURGEDATA'" in code
    assert "MB_DEFBUTTON2" in code  # the question's default answer is No
    assert "{localappdata}" not in "\n".join(section("UninstallDelete")).lower()


def test_french_comes_first_and_every_message_exists_in_both_languages() -> None:
    assert [language["Name"] for language in entries("Languages")] == ["french", "english"]
    messages = directives("CustomMessages")
    by_language: dict[str, set[str]] = {}
    for key in messages:
        language, name = key.split(".", 1)
        by_language.setdefault(language, set()).add(name)
    assert by_language.keys() == {"french", "english"}
    assert by_language["french"] == by_language["english"]
    code = "\n".join(section("Code"))
    assert set(re.findall(r"CustomMessage\('(\w+)'\)", code)) == by_language["french"]


def test_the_workflow_builds_self_tests_and_compiles_this_script() -> None:
    text = workflow()
    assert "runs-on: windows-latest" in text
    assert "pyinstaller --noconfirm build.spec" in text
    assert "dist\\peps-desktop\\peps-desktop-cli.exe --self-test" in text
    assert '"/DAppVersion=$env:APP_VERSION" installer\\peps-desktop.iss' in text
    # The installed program is tested too, where a per-user install puts it.
    assert f'"Programs\\{peps_desktop.APP_NAME}"' in text
    assert "'peps-desktop-cli.exe') --self-test" in text
    assert "/CURRENTUSER" in text
    assert "/PURGEDATA" in text


def test_a_server_given_on_the_command_line_becomes_the_machines_store_choice() -> None:
    code = script()
    machine_file = f"{{commonappdata}}\\{peps_desktop.APP_ID}\\{store_choice.STORE_FILE}"
    assert f"ExpandConstant('{machine_file}')" in code
    for option in ("SERVER", "SERVERUSER", "SSLMODE"):
        assert f"CommandLineValue('{option}')" in code
    for key in ("kind", "server", "user", "sslmode"):
        assert f"SetIniString('{store_choice.SECTION}', '{key}'" in code
    # Written once the program is in place, during the install (silent ones too).
    assert re.search(r"CurStep = ssPostInstall then\s+WriteMachineStoreChoice", code)
    assert (
        "password"
        not in code[code.index("procedure WriteMachineStoreChoice") :].split("end;")[0].lower()
    )
    removed = {entry["Name"] for entry in entries("UninstallDelete")}
    assert machine_file in removed


def test_what_the_installer_writes_the_application_reads() -> None:
    """The INI SetIniString writes (CRLF, one section), read by core.shared.store_choice."""
    path = store_choice.machine_store_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(
        b"[store]\r\nkind=server\r\nserver=db.mairie.fr:5432/peps\r\nuser=peps\r\n"
        b"sslmode=verify-full\r\n"
    )
    assert store_choice.current_choice() == store_choice.StoreChoice(
        "server",
        store_choice.ServerSettings("db.mairie.fr", "peps", 5432, "peps", "verify-full"),
        "machine",
    )
