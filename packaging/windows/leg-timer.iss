; Inno Setup 6 script: wraps the PyInstaller bundle (dist\leg-timer) into a Setup.exe with a
; Start-menu shortcut and an uninstaller. Built by packaging/build.py on Windows, which passes
; the values from pyproject.toml (the one source of them):
;
;   ISCC /DAppVersion=0.1.0 /DAppId=io.github.legtimer.LegTimer /DAppName="Leg Timer"
;        /DSourceDir=dist\leg-timer /DOutputDir=dist packaging\windows\leg-timer.iss
;
; It installs per user by default (no administrator rights needed; the dialog offers all users).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (packaging/build.py does)
#endif
#ifndef AppId
  #define AppId "io.github.legtimer.LegTimer"
#endif
#ifndef AppName
  #define AppName "Leg Timer"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\leg-timer"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Leg Timer team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=leg-timer-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\leg-timer.ico
UninstallDisplayIcon={app}\leg-timer.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; the uninstaller removes exactly these files.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\leg-timer.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\leg-timer.exe"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\leg-timer.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
