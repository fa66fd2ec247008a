; Inno Setup script of the desk's Windows installer (Inno Setup 6). NOT RUN HERE (no Windows):
; packaging/windows/build_installer.ps1 builds the bundle, compiles this with ISCC, installs it
; silently, smoke-runs the installed program and uninstalls it. By hand:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\kronos.iss
; The version comes from kronos_core.__version__ (build_installer.ps1 reads `kronos-desktop --version`).
;
; Per user: no administrator rights, installed in %LOCALAPPDATA%\Programs\KRONOS. The uninstaller
; removes the program, its menu and desktop entries, and leaves the studio's data
; (%LOCALAPPDATA%\KRONOS: the database, its backups and logs) unless the person ticks the box
; that asks for it on the uninstaller's last question.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z kronos.iss
#endif
#define AppName "KRONOS"
#define AppExe "kronos-desktop.exe"
; Relative to this script: the repository's dist\kronos-desktop (packaging\build.py's output).
#define Payload "..\..\dist\kronos-desktop"

[Setup]
; Fixed forever: Windows finds the installed copy by it (upgrades in place, one entry in Apps).
AppId={{C0E76BAC-6A9A-4A9E-B353-8B9BB96BEA89}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KRONOS
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=kronos-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\kronos.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
brazilianportuguese.DesktopIcon=Criar um atalho na área de trabalho
english.DesktopIcon=Create a desktop shortcut
brazilianportuguese.RemoveData=Apagar também os dados do estúdio (banco de dados, cópias de segurança e registros) desta pasta?%n%n%1%n%nSe não tiver certeza, responda Não.
english.RemoveData=Also delete the studio's data (database, backups and logs) in this folder?%n%n%1%n%nIf unsure, answer No.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole one-folder build, every file under it (the program and _internal\): nothing excluded.
Source: "{#Payload}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python's bytecode caches and anything else the program wrote beside itself.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
// The studio's data lives in %LOCALAPPDATA%\KRONOS (kronos_desktop/store/paths.py). It stays
// unless the person says otherwise; a silent uninstall (/SILENT, /VERYSILENT) never deletes it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\{#AppName}');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      begin
        DelTree(DataDir, True, True, True);
        // Its settings (kronos-desktop.ini, QSettings' user scope) go with it.
        DelTree(ExpandConstant('{userappdata}\{#AppName}'), True, True, True);
      end;
  end;
end;
