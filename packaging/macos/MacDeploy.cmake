# macOS install rules, included by packaging/Packaging.cmake after the bundle's own rule.
# Into "RESTO360 Back Office.app/Contents" they add Resources/qt.conf, Qt's French catalog
# in Resources/translations, and PostgreSQL in Resources/pgsql. DeployMacOS.cmake then runs
# macdeployqt, points the QPSQL driver at the bundled libpq and signs the bundle.
#
# PostgreSQL sits under Resources because codesign takes every file in Contents/MacOS for
# code, and pgsql/share holds data. The PostgreSQL programs must keep bin, lib and share
# side by side, because they find share and lib relative to their own folder.
# NOTE: LocalServer::findBinFolder looks in applicationDirPath()/pgsql/bin, which is
# Contents/MacOS/pgsql/bin here. Until it also looks in Contents/Resources/pgsql/bin, the
# app does not find the PostgreSQL it carries.

find_program(RESTO360_MACDEPLOYQT
    NAMES macdeployqt macdeployqt6
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
    DOC "Qt's macdeployqt, run at install time"
    REQUIRED)

set(RESTO360_MACOS_SIGN_IDENTITY "-" CACHE STRING
    "codesign identity for the app bundle: - signs ad hoc, which Apple silicon needs to run it; a Developer ID Application identity also turns on the hardened runtime for notarization")

set(bundle_contents "${RESTO360_DISPLAY_NAME}.app/Contents")

# macdeployqt keeps a qt.conf that exists already.
install(FILES "${CMAKE_CURRENT_LIST_DIR}/qt.conf" DESTINATION "${bundle_contents}/Resources")

set(qt_french_catalog "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_fr.qm")
if(NOT EXISTS "${qt_french_catalog}")
    message(FATAL_ERROR "Qt's French catalog ${qt_french_catalog} is missing; install Qt with "
        "its translations.")
endif()
install(FILES "${qt_french_catalog}" DESTINATION "${bundle_contents}/Resources/translations")

if(NOT RESTO360_PG_BUNDLE_DIR STREQUAL "")
    install(DIRECTORY
            "${RESTO360_PG_BUNDLE_DIR}/bin"
            "${RESTO360_PG_BUNDLE_DIR}/lib"
            "${RESTO360_PG_BUNDLE_DIR}/share"
        DESTINATION "${bundle_contents}/Resources/pgsql"
        USE_SOURCE_PERMISSIONS
        PATTERN "*.a" EXCLUDE
        PATTERN "pgxs" EXCLUDE
        PATTERN "doc" EXCLUDE)
endif()

install(CODE "
    set(RESTO360_MACDEPLOYQT \"${RESTO360_MACDEPLOYQT}\")
    set(RESTO360_MACOS_SIGN_IDENTITY \"${RESTO360_MACOS_SIGN_IDENTITY}\")
    set(RESTO360_PG_BUNDLE_DIR \"${RESTO360_PG_BUNDLE_DIR}\")
    set(RESTO360_QT_PLUGINS_DIR \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}\")
    set(RESTO360_BUNDLE_NAME \"${RESTO360_DISPLAY_NAME}.app\")
")
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/DeployMacOS.cmake")
