; DigiGov Desktop — Windows installer (Inno Setup 6.3 or newer).
;
; Build on Windows, after `python packaging\build.py` (which writes version.iss and
; digigov.ico beside this file and the one-folder bundle into dist\digigov\):
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\digigov.iss
; Output: dist\DigiGovDesktop-<version>-setup.exe
; Signed, setup and uninstaller, with Windows' signtool: add
;     "/Ssigner=signtool.exe sign /fd sha256 /a $f" /DSignWith=signer   (/a: the certificate
;     in the Windows certificate store; see packaging/IT-GUIDE.md, section 10)
;
; Install modes (see packaging/IT-GUIDE.md):
;   per user (default, no administrator rights)   %LOCALAPPDATA%\Programs\DigiGov Desktop
;   per machine (/ALLUSERS, or chosen in the dialog) %ProgramFiles%\DigiGov Desktop
; Silent:   setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/ALLUSERS|/CURRENTUSER]
;                     [/DIR="C:\path"] [/POLICY="\\server\share\policy.json"] [/LOG="C:\setup.log"]
; Uninstall (keeps the user's data): "<app>\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
;           add /PURGEDATA to also delete the data of the user running the uninstaller.
; The installer never associates .pdf (or any other) files with the application.

#include "version.iss"  ; AppVersion, AppVersionNumeric: generated from digigov_desktop.__version__
; test-under-wine.sh builds an older-numbered setup of the same bundle (/DTestAppVersion=0.0.1,
; /DCompression=none) to test upgrading; releases never set these.
#ifdef TestAppVersion
  #undef AppVersion
  #define AppVersion TestAppVersion
  #undef AppVersionNumeric
  #define AppVersionNumeric TestAppVersion + ".0"
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif
; The one-folder bundle to pack (build-on-linux.sh passes /DBundleDir=... and /O<folder>).
#ifndef BundleDir
  #define BundleDir "dist\digigov"
#endif
; A sign tool defined for the compiler (ISCC /S<name>=<command>; build-on-linux.sh passes
; /DSignWith=<name>): Inno signs the setup program and the uninstaller it writes at install,
; unins000.exe. Without it both stay unsigned (sign the setup afterwards, as for the MSI).

#define AppName "DigiGov Desktop"
#define AppPublisher "DigiGov"
#define AppExe "digigov.exe"
; Per-user data folder of the application (platformdirs: %LOCALAPPDATA%\<author>\<app>).
#define DataDir "{localappdata}\DigiGov\DigiGovDesktop"
#define DocumentsDir "{userdocs}\DigiGovDesktop"

[Setup]
; Never change AppId: upgrades find the installed copy through it.
AppId={{6F0B7E52-3C1D-4D8B-9E0A-5B2F4C1A7D93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
VersionInfoCompany={#AppPublisher}
; Per user by default; the person (dialog) or IT (/ALLUSERS) may choose per machine.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
; {autopf}: %LOCALAPPDATA%\Programs per user, %ProgramFiles% per machine.
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; The program must not be running while its files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no
ChangesAssociations=no
ChangesEnvironment=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; Paths below are relative to SourceDir (the repository root).
SetupIconFile=packaging\windows\digigov.ico
WizardStyle=modern
Compression={#Compression}
SolidCompression=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=DigiGovDesktop-{#AppVersion}-setup
#ifdef SignWith
SignTool={#SignWith}
SignedUninstaller=yes
#endif

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.DeleteData=¿Eliminar también sus datos de DigiGov Desktop (evaluaciones, copias de seguridad y registros en %1)?%n%nSi elige No, se conservan y la próxima instalación los vuelve a usar.
en.DeleteData=Also delete your DigiGov Desktop data (evaluations, backups and logs in %1)?%n%nIf you choose No they are kept and the next installation uses them again.
es.DesktopIcon=Crear un acceso directo en el &escritorio
en.DesktopIcon=Create a &desktop shortcut

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The one-folder PyInstaller bundle, replaced whole on upgrade. Data never lives here.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Optional deployment policy given on the command line (/POLICY="path"): placed beside the
; executable, the first place the application looks (packaging/IT-GUIDE.md).
Source: "{param:POLICY}"; DestDir: "{app}"; DestName: "policy.json"; \
    Flags: external ignoreversion skipifsourcedoesntexist; Check: PolicyGiven

[InstallDelete]
; Files of the previous version's bundle that the new one no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; \
    Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; \
    Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder (never the user's data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function PolicyGiven: Boolean;
begin
  Result := ExpandConstant('{param:POLICY|}') <> '';
end;

function PurgeRequested: Boolean;
begin
  Result := Pos('/PURGEDATA', Uppercase(GetCmdTail)) > 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataPath: String;
  Purge: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataPath := ExpandConstant('{#DataDir}');
  if not DirExists(DataPath) then
    Exit;
  Purge := PurgeRequested;
  { Interactive uninstall: ask, defaulting to No (keep). Silent: only /PURGEDATA deletes. }
  if (not Purge) and (not UninstallSilent) then
    Purge := SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteData'), [DataPath]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
  if Purge then
    DelTree(DataPath, True, True, True);
end;
