# Windows install rules, included by packaging/Packaging.cmake after the program's own rule.
# Everything goes into bin/ of the installation folder:
#   resto360-backoffice.exe, qt.conf, Qt's DLLs and plugins (windeployqt), the other DLLs the
#   program and the QPSQL driver load, the MSVC runtime, translations/qtbase_fr.qm, and
#   PostgreSQL under pgsql/, where LocalServer::findBinFolder looks (pgsql/bin).

find_program(RESTO360_WINDEPLOYQT
    NAMES windeployqt windeployqt6
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
    DOC "Qt's windeployqt, run at install time"
    REQUIRED)

# The DLLs of vcpkg, QtKeychain and the like sit in the bin folder of each prefix.
set(default_dll_dirs)
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND default_dll_dirs "${prefix}/bin")
endforeach()
set(RESTO360_DLL_DIRS "${default_dll_dirs}" CACHE STRING
    "Folders searched at install time for the DLLs that the program loads besides Qt's")

set(windows_app_dir "${CMAKE_INSTALL_BINDIR}")

install(FILES "${CMAKE_CURRENT_LIST_DIR}/qt.conf" DESTINATION "${windows_app_dir}")

# LanguageManager loads qtbase_<language>.qm from QLibraryInfo::TranslationsPath, which
# qt.conf points at bin/translations. windeployqt writes merged qt_<language>.qm catalogs
# there too, but under another name.
set(qt_french_catalog "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_fr.qm")
if(NOT EXISTS "${qt_french_catalog}")
    message(FATAL_ERROR "Qt's French catalog ${qt_french_catalog} is missing; install Qt with "
        "its translations.")
endif()
install(FILES "${qt_french_catalog}" DESTINATION "${windows_app_dir}/translations")

# The MSVC runtime, for the program and for the PostgreSQL programs in pgsql/bin, which
# look for DLLs in their own folder and not in bin/.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS_SKIP TRUE)
include(InstallRequiredSystemLibraries)
if(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS)
    install(PROGRAMS ${CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS} DESTINATION "${windows_app_dir}")
    if(NOT RESTO360_PG_BUNDLE_DIR STREQUAL "")
        install(PROGRAMS ${CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS}
            DESTINATION "${windows_app_dir}/pgsql/bin")
    endif()
endif()

if(NOT RESTO360_PG_BUNDLE_DIR STREQUAL "")
    # The server, its tools (pg_dump for backups), its DLLs, extensions such as pgcrypto,
    # and share/ (timezones, extension scripts). Debug symbols, import libraries and the
    # extension build kit stay out.
    install(DIRECTORY
            "${RESTO360_PG_BUNDLE_DIR}/bin"
            "${RESTO360_PG_BUNDLE_DIR}/lib"
            "${RESTO360_PG_BUNDLE_DIR}/share"
        DESTINATION "${windows_app_dir}/pgsql"
        USE_SOURCE_PERMISSIONS
        PATTERN "*.pdb" EXCLUDE
        PATTERN "*.lib" EXCLUDE
        PATTERN "*.a" EXCLUDE
        PATTERN "pgxs" EXCLUDE
        PATTERN "doc" EXCLUDE)
endif()

# The values that DeployWindows.cmake reads, in CMake's forward-slash form so that the
# generated install script reads no backslash as an escape. It runs after the rules above,
# in the order they are declared.
file(TO_CMAKE_PATH "${RESTO360_WINDEPLOYQT}" deploy_tool)
file(TO_CMAKE_PATH "${RESTO360_DLL_DIRS}" deploy_dll_dirs)
file(TO_CMAKE_PATH "${RESTO360_PG_BUNDLE_DIR}" deploy_pg_dir)
file(TO_CMAKE_PATH "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}" deploy_qt_plugins_dir)
install(CODE "
    set(RESTO360_WINDEPLOYQT \"${deploy_tool}\")
    set(RESTO360_DLL_DIRS \"${deploy_dll_dirs}\")
    set(RESTO360_PG_BUNDLE_DIR \"${deploy_pg_dir}\")
    set(RESTO360_QT_PLUGINS_DIR \"${deploy_qt_plugins_dir}\")
    set(RESTO360_APP_SUBDIR \"${windows_app_dir}\")
    set(RESTO360_EXE_NAME \"$<TARGET_FILE_NAME:resto360-backoffice>\")
")
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/DeployWindows.cmake")
