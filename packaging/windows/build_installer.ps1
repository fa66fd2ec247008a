# Build, install, smoke-run and uninstall the desk's Windows installer. NOT RUN HERE (no Windows).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
#
# Needs: the project's environment (`uv sync`), Inno Setup 6 (ISCC.exe on PATH or in its default
# folder; `winget install JRSoftware.InnoSetup`). Run from anywhere in the repository.
#  1. builds and proves the one-folder bundle with a console variant (packaging\build.py with
#     KRONOS_CONSOLE=1, so that --version and the self-check print), then the windowed bundle that ships;
#  2. compiles packaging\windows\kronos.iss with the version of kronos_core into
#     dist\kronos-desktop-<version>-windows-x64-setup.exe;
#  3. installs it silently for this user into a temporary folder, checks the Start-menu entry,
#     runs the installed program: --version (exit 0), --demo --smoke on a new data folder and
#     --self-check on it (exit 0, "self-check passed" in its log);
#  4. uninstalls it silently and checks that the program folder is gone and the data folder stayed.
# Exit status 0 when every step held.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Fail($what) { Write-Host "FAIL $what" -ForegroundColor Red; exit 1 }
function Ok($what) { Write-Host "ok   $what" }

# 1. the bundle
$env:KRONOS_CONSOLE = "1"
uv run python packaging/build.py --clean
if ($LASTEXITCODE -ne 0) { Fail "console bundle: packaging/build.py" }
Remove-Item Env:KRONOS_CONSOLE
uv run python packaging/build.py --no-smoke
if ($LASTEXITCODE -ne 0) { Fail "windowed bundle: packaging/build.py --no-smoke" }
$Version = (uv run python -c "import kronos_core; print(kronos_core.__version__)").Trim()
Ok "bundle dist\kronos-desktop, version $Version"

# 2. the installer
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { Fail "Inno Setup 6 not found (winget install JRSoftware.InnoSetup)" }
& $Iscc "/DAppVersion=$Version" "packaging\windows\kronos.iss"
if ($LASTEXITCODE -ne 0) { Fail "ISCC" }
$Setup = Join-Path $Root "dist\kronos-desktop-$Version-windows-x64-setup.exe"
if (-not (Test-Path $Setup)) { Fail "no $Setup" }
Ok ("installer {0} ({1:N0} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))

# 3. install silently, for this user, into a temporary folder
$Tmp = Join-Path $env:TEMP ("kronos-installer-" + [guid]::NewGuid())
$App = Join-Path $Tmp "app"
$Data = Join-Path $Tmp "data"
$Log = Join-Path $Tmp "log"
New-Item -ItemType Directory -Path $Tmp | Out-Null
$p = Start-Process -FilePath $Setup -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CURRENTUSER", "/DIR=`"$App`"", "/LOG=`"$Tmp\setup.log`"" -Wait -PassThru
if ($p.ExitCode -ne 0) { Fail "silent install (exit $($p.ExitCode)); see $Tmp\setup.log" }
$Exe = Join-Path $App "kronos-desktop.exe"
if (-not (Test-Path $Exe)) { Fail "installed program $Exe" }
$Shortcut = Join-Path ([Environment]::GetFolderPath("Programs")) "KRONOS.lnk"
if (-not (Test-Path $Shortcut)) { Fail "Start-menu entry $Shortcut" }
Ok "installed in $App, Start-menu entry present"

# The installed program is windowed: it prints nothing; exit codes and its log speak.
$env:KRONOS_LOG_DIR = $Log
$env:KRONOS_CONFIG_DIR = Join-Path $Tmp "config"
$env:KRONOS_CACHE_DIR = Join-Path $Tmp "cache"
$env:QT_QPA_PLATFORM = "offscreen"
$runs = @(
    @("--version"),
    @("--demo", "--smoke", "--lang", "pt_BR", "--data-dir", $Data),
    @("--self-check", "--data-dir", $Data)
)
foreach ($run in $runs) {
    $p = Start-Process -FilePath $Exe -ArgumentList $run -Wait -PassThru
    if ($p.ExitCode -ne 0) { Fail "installed kronos-desktop $($run -join ' ') (exit $($p.ExitCode))" }
    Ok "installed kronos-desktop $($run -join ' ')"
}
$LogText = Get-Content (Join-Path $Log "kronos-desktop.log") -Raw
if ($LogText -notmatch "self-check passed") { Fail "self-check passed not in the log" }
if (-not (Test-Path (Join-Path $Data "kronos.db"))) { Fail "demo database in $Data" }
Ok "self-check passed; demo database written"

# 4. uninstall silently: the program goes, the data stays
$Uninstaller = Get-ChildItem $App -Filter "unins*.exe" | Select-Object -First 1
if (-not $Uninstaller) { Fail "no uninstaller in $App" }
$p = Start-Process -FilePath $Uninstaller.FullName -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART" -Wait -PassThru
if ($p.ExitCode -ne 0) { Fail "silent uninstall (exit $($p.ExitCode))" }
Start-Sleep -Seconds 2  # the uninstaller removes itself from a copy that outlives it
if (Test-Path $Exe) { Fail "program still there after uninstall" }
if (Test-Path $Shortcut) { Fail "Start-menu entry still there after uninstall" }
if (-not (Test-Path (Join-Path $Data "kronos.db"))) { Fail "the uninstaller removed the studio's data" }
Ok "uninstalled: program and menu entry gone, the studio's data kept"
Remove-Item -Recurse -Force $Tmp
Write-Host "`nall installer checks passed"
exit 0
