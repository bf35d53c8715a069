# CPack settings of the Windows installer (NSIS), included by packaging/Packaging.cmake
# on Windows. scripts/test.sh also compiles an installer from them on Linux with Debian's
# makensis, to check the NSIS code below.
#
# The installer needs administrator rights (CPack's template asks for them), installs into
# Program Files, adds a Start menu shortcut and an entry in "Apps and features". Its
# uninstaller removes the program and asks, default No, whether to delete the person's data
# too. A silent uninstall (/S) keeps the data.
#
# CPack writes these values into CPackConfig.cmake, which CMake reads again, so one backslash
# in the NSIS script takes four here.

set(CPACK_NSIS_PACKAGE_NAME "${RESTO360_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${RESTO360_DISPLAY_NAME}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${RESTO360_DISPLAY_NAME}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/resto360.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/resto360.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\${RESTO360_PACKAGE_NAME}.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# An older version is uninstalled first, which leaves its data, so the new one takes it over.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)

# The Start menu shortcut, to bin\resto360-backoffice.exe. The finish page offers no "Run"
# box: the program would start with the installer's administrator rights.
set(CPACK_PACKAGE_EXECUTABLES "${RESTO360_PACKAGE_NAME}" "${RESTO360_DISPLAY_NAME}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")

# The data folder is QStandardPaths::AppLocalDataLocation of the user who runs the program:
# %LOCALAPPDATA%\RESTO360\resto360-backoffice, named after the organization and application
# names that AppController sets. The question appears only when that folder exists. The
# uninstaller runs elevated, so LOCALAPPDATA is that of the account that approved the
# elevation: when an administrator approves for a standard user, the question is about the
# administrator's folder and the standard user's data stays.
# NOTE: the data of other Windows accounts on the PC is never removed, as the README says.
# $LANGUAGE 1036 is French. NSIS picks the language of Windows' interface at start.
string(CONCAT CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "  ReadEnvStr $R0 LOCALAPPDATA\n"
    "  StrCmp $R0 '' resto360_keep_data\n"
    "  IfFileExists '$R0\\\\RESTO360\\\\resto360-backoffice\\\\*.*' 0 resto360_keep_data\n"
    "  StrCpy $R1 'Also delete the RESTO360 Back Office data of this Windows account "
    "(restaurants, staff and the local database in $R0\\\\RESTO360\\\\resto360-backoffice)? "
    "This cannot be undone. Choose No to keep it for a later installation.'\n"
    "  StrCmp $LANGUAGE 1036 0 +2\n"
    "  StrCpy $R1 'Supprimer aussi les données de RESTO360 Back Office de ce compte Windows "
    "(restaurants, personnel et base de données locale dans "
    "$R0\\\\RESTO360\\\\resto360-backoffice) ? Cette suppression est définitive. "
    "Choisissez Non pour les garder en vue d’une prochaine installation.'\n"
    "  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 '$R1' /SD IDNO IDNO resto360_keep_data\n"
    "  RMDir /r '$R0\\\\RESTO360\\\\resto360-backoffice'\n"
    "  RMDir '$R0\\\\RESTO360'\n"
    "  resto360_keep_data:\n")
