; Inno Setup script of PEP's Desktop: installs the PyInstaller bundle dist\peps-desktop.
;
;   pyinstaller --noconfirm build.spec                        -> dist\peps-desktop\
;   iscc /DAppVersion=0.1.0 installer\peps-desktop.iss        -> dist\installer\peps-desktop-setup-0.1.0.exe
;
; Per-machine by default (Program Files, asks for elevation); "for me only" from the dialog or
; with /CURRENTUSER (%LOCALAPPDATA%\Programs, no elevation). /SERVER=host:port/base makes the
; structure's server the store of every user of the computer (see [Code]). Installing a newer version over an
; older one replaces the program and leaves the user's data alone: the data lives in
; %LOCALAPPDATA%\peps-desktop, outside {app}, and nothing here writes there.

; x64compatible and UTF-8 without a byte order mark (the French messages below) need 6.3.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed to compile this script
#endif

#ifndef AppVersion
  ; Keep equal to pyproject.toml's version (a test checks it); CI passes the real one.
  #define AppVersion "0.1.0"
#endif

#define AppName "PEP's Desktop"
#define AppExeName "peps-desktop.exe"
; Must equal peps_desktop.APP_USER_MODEL_ID, which the running app declares: Windows files the
; app's toast notifications under the shortcut carrying the same id.
#define AppUserModelID "CNRACL.PEPsDesktop"

[Setup]
; The AppId identifies the product to Windows and to later installers: it is how a new version
; finds and replaces the old one. Never change it, never reuse it for another product.
AppId={{8A33E972-FD84-45D6-A97D-D57373E8082F}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=CNRACL
DefaultDirName={autopf}\{#AppName}
; The shortcut goes straight into the Start menu's programs, without a folder of its own.
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 1809 and later.
MinVersion=10.0.17763
OutputDir=..\dist\installer
OutputBaseFilename=peps-desktop-setup-{#AppVersion}
SetupIconFile=..\resources\icons\peps-desktop.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running copy holds the bundle's files: Setup offers to close it (Restart Manager). The
; bundle's Python extensions (.pyd) are DLLs too. No AppMutex: the app creates no named mutex
; (its single-instance guard is a local socket).
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
ShowLanguageDialog=auto
SetupLogging=yes

[Languages]
; Windows' display language picks one; on any other, Setup asks, French first and preselected.
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.PurgeDataQuestion=Supprimer aussi vos données de PEP's Desktop ?%n%nLe dossier %1 contient votre base (courriers, comptes, échanges), ses documents, vos paramètres et les journaux.%n%nCette suppression est définitive. Choisissez Non pour les conserver, par exemple en vue d'une réinstallation.
english.PurgeDataQuestion=Also delete your PEP's Desktop data?%n%nThe folder %1 holds your store (courriers, accounts, échanges), its documents, your settings and the logs.%n%nThis cannot be undone. Choose No to keep them, for instance to reinstall later.
french.PurgeDataIncomplete=Certains fichiers de %1 n'ont pas pu être supprimés (PEP's Desktop est-il encore ouvert ?). Supprimez ce dossier vous-même.
english.PurgeDataIncomplete=Some files in %1 could not be deleted (is PEP's Desktop still open?). Delete that folder yourself.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries wholesale: a module or Qt plugin of the previous build left
; beside the new ones could be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\peps-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon

[Run]
; A postinstall entry runs as the user who started Setup, not as the elevated administrator,
; so the app's data lands in that user's profile.
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: postinstall nowait skipifsilent

[UninstallDelete]
; Anything the bundle's libraries may have written beside themselves, so the program folder goes.
Type: filesandordirs; Name: "{app}\_internal"
; The machine's store choice that /SERVER= wrote (the users' own choices stay theirs).
Type: files; Name: "{commonappdata}\peps-desktop\store.ini"
Type: dirifempty; Name: "{commonappdata}\peps-desktop"

[Code]
// Deploying to every desktop of a structure at once: the structure's server on the command
// line, e.g. peps-desktop-setup.exe /VERYSILENT /SERVER=db.mairie.fr:5432/peps
// [/SERVERUSER=peps] [/SSLMODE=verify-full]. It is written to the machine-wide store choice,
// {commonappdata}\peps-desktop\store.ini (C:\ProgramData), that every user of the computer
// starts with; a user's own choice, made in the application, overrides it. No password here:
// each person's comes from their keyring, a .pgpass file or PGPASSWORD.

function CommandLineValue(const Name: String): String;
var
  I: Integer;
  Prefix: String;
begin
  Result := '';
  Prefix := '/' + Name + '=';
  for I := 1 to ParamCount do
    if CompareText(Copy(ParamStr(I), 1, Length(Prefix)), Prefix) = 0 then
      Result := Copy(ParamStr(I), Length(Prefix) + 1, MaxInt);
end;

function MachineStoreFile: String;
begin
  Result := ExpandConstant('{commonappdata}\peps-desktop\store.ini');
end;

procedure WriteMachineStoreChoice;
var
  Server: String;
begin
  Server := CommandLineValue('SERVER');
  if Server = '' then
    Exit;
  ForceDirectories(ExtractFileDir(MachineStoreFile));
  SetIniString('store', 'kind', 'server', MachineStoreFile);
  SetIniString('store', 'server', Server, MachineStoreFile);
  if CommandLineValue('SERVERUSER') <> '' then
    SetIniString('store', 'user', CommandLineValue('SERVERUSER'), MachineStoreFile);
  if CommandLineValue('SSLMODE') <> '' then
    SetIniString('store', 'sslmode', CommandLineValue('SSLMODE'), MachineStoreFile);
  Log('Store of this computer: ' + Server);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    WriteMachineStoreChoice;
end;

// Uninstalling removes the program folder only. The user's data folder goes only when asked:
// interactively, a question whose default is No; silently, with /PURGEDATA on the uninstaller's
// command line (unins000.exe /VERYSILENT /PURGEDATA).
//
// {localappdata} is the profile of the user running the uninstaller. After a per-machine
// install, that is the data of whoever uninstalls (the administrator, if another account
// elevates it), never that of the machine's other users.

function DataFolder: String;
begin
  Result := ExpandConstant('{localappdata}\peps-desktop');
end;

function PurgeDataRequested: Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/PURGEDATA') = 0 then
      Result := True;
end;

function ShouldDeleteData: Boolean;
begin
  if UninstallSilent then
    Result := PurgeDataRequested
  else
    Result := MsgBox(FmtMessage(CustomMessage('PurgeDataQuestion'), [DataFolder]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep <> usPostUninstall) or not DirExists(DataFolder) then
    Exit;
  if not ShouldDeleteData then
  begin
    Log('Keeping the user data in ' + DataFolder);
    Exit;
  end;
  Log('Deleting the user data in ' + DataFolder);
  if not DelTree(DataFolder, True, True, True) then
  begin
    Log('Some of the user data could not be deleted');
    if not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('PurgeDataIncomplete'), [DataFolder]), mbError, MB_OK);
  end;
end;
