# Runs at install time on Windows (cmake --install, or cpack -G NSIS), after the program, qt.conf,
# the translations and PostgreSQL are installed. Completes bin/ with:
#   - Qt's DLLs, plugins (the QPSQL driver among them) and French catalogs, from windeployqt;
#   - every other DLL that the program or the QPSQL driver loads (QtKeychain, libsodium,
#     libphonenumber and its dependencies, libpq and its dependencies), found with
#     file(GET_RUNTIME_DEPENDENCIES) in RESTO360_DLL_DIRS and PostgreSQL's bin folder.
# The rule in WindowsDeploy.cmake sets RESTO360_WINDEPLOYQT, RESTO360_DLL_DIRS,
# RESTO360_PG_BUNDLE_DIR, RESTO360_QT_PLUGINS_DIR, RESTO360_APP_SUBDIR and RESTO360_EXE_NAME.

set(app_dir "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${RESTO360_APP_SUBDIR}")
set(app_exe "${app_dir}/${RESTO360_EXE_NAME}")
if(NOT EXISTS "${app_exe}")
    message(FATAL_ERROR "deploy: ${app_exe} is missing; the program's install rule must run first")
endif()

# Translations stay on: windeployqt writes translations/qt_fr.qm. The MSVC runtime comes from
# InstallRequiredSystemLibraries instead of windeployqt's redistributable installer.
message(STATUS "deploy: running windeployqt on ${app_exe}")
execute_process(
    COMMAND "${RESTO360_WINDEPLOYQT}" --verbose 1 --translations fr --no-compiler-runtime
        "${app_exe}"
    RESULT_VARIABLE windeployqt_result)
if(NOT windeployqt_result EQUAL 0)
    message(FATAL_ERROR "deploy: windeployqt failed with ${windeployqt_result}")
endif()

# windeployqt copies every SQL driver that Qt has, and the program needs QPSQL.
set(psql_plugin "${app_dir}/sqldrivers/qsqlpsql.dll")
if(NOT EXISTS "${psql_plugin}")
    set(qt_psql_plugin "${RESTO360_QT_PLUGINS_DIR}/sqldrivers/qsqlpsql.dll")
    if(NOT EXISTS "${qt_psql_plugin}")
        message(FATAL_ERROR "deploy: this Qt has no QPSQL driver (${qt_psql_plugin}); build "
            "Qt's sqldrivers/psql plugin against RESTO360_PG_BUNDLE_DIR first")
    endif()
    file(COPY "${qt_psql_plugin}" DESTINATION "${app_dir}/sqldrivers")
endif()

set(search_dirs ${RESTO360_DLL_DIRS})
if(NOT RESTO360_PG_BUNDLE_DIR STREQUAL "")
    list(APPEND search_dirs "${RESTO360_PG_BUNDLE_DIR}/bin")
endif()

# Windows looks for a plugin's DLLs in the program's folder too, so libpq.dll and its
# dependencies go next to the program, where the QPSQL driver finds them.
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${app_exe}"
    LIBRARIES "${psql_plugin}"
    DIRECTORIES ${search_dirs}
    RESOLVED_DEPENDENCIES_VAR resolved_dlls
    UNRESOLVED_DEPENDENCIES_VAR unresolved_dlls
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
if(unresolved_dlls)
    message(FATAL_ERROR "deploy: DLLs not found in ${search_dirs}: ${unresolved_dlls}. Add their "
        "folders to RESTO360_DLL_DIRS.")
endif()

foreach(dll IN LISTS resolved_dlls)
    get_filename_component(dll_name "${dll}" NAME)
    if(NOT EXISTS "${app_dir}/${dll_name}")
        message(STATUS "deploy: copying ${dll}")
        file(COPY "${dll}" DESTINATION "${app_dir}")
    endif()
endforeach()

if(NOT RESTO360_PG_BUNDLE_DIR STREQUAL "" AND NOT EXISTS "${app_dir}/pgsql/bin/postgres.exe")
    message(FATAL_ERROR "deploy: ${app_dir}/pgsql/bin/postgres.exe is missing")
endif()
