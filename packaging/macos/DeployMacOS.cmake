# Runs at install time on macOS (cmake --install, or cpack -G DragNDrop), after the bundle,
# qt.conf, the French catalog and PostgreSQL are installed. The rule in MacDeploy.cmake sets
# RESTO360_MACDEPLOYQT, RESTO360_MACOS_SIGN_IDENTITY, RESTO360_PG_BUNDLE_DIR,
# RESTO360_QT_PLUGINS_DIR and RESTO360_BUNDLE_NAME.

set(app_bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${RESTO360_BUNDLE_NAME}")
set(contents "${app_bundle}/Contents")
if(NOT EXISTS "${contents}/Info.plist")
    message(FATAL_ERROR "deploy: ${app_bundle} is missing; the bundle's install rule must run first")
endif()

# Qt's frameworks and plugins into Contents/Frameworks and Contents/PlugIns. Signing waits
# until the QPSQL driver is changed below, because a change invalidates a signature.
message(STATUS "deploy: running macdeployqt on ${app_bundle}")
execute_process(
    COMMAND "${RESTO360_MACDEPLOYQT}" "${app_bundle}" -verbose=1
    RESULT_VARIABLE macdeployqt_result)
if(NOT macdeployqt_result EQUAL 0)
    message(FATAL_ERROR "deploy: macdeployqt failed with ${macdeployqt_result}")
endif()

set(psql_plugin "${contents}/PlugIns/sqldrivers/libqsqlpsql.dylib")
if(NOT EXISTS "${psql_plugin}")
    set(qt_psql_plugin "${RESTO360_QT_PLUGINS_DIR}/sqldrivers/libqsqlpsql.dylib")
    if(NOT EXISTS "${qt_psql_plugin}")
        message(FATAL_ERROR "deploy: this Qt has no QPSQL driver (${qt_psql_plugin}); build "
            "Qt's sqldrivers/psql plugin against RESTO360_PG_BUNDLE_DIR first")
    endif()
    file(COPY "${qt_psql_plugin}" DESTINATION "${contents}/PlugIns/sqldrivers")
endif()

# The driver names libpq by the path it had where Qt was built. Point it at the bundled
# libpq, whose own dependencies the PostgreSQL build resolves relative to itself.
if(NOT RESTO360_PG_BUNDLE_DIR STREQUAL "")
    set(libpq_name "libpq.5.dylib")
    if(NOT EXISTS "${contents}/Resources/pgsql/lib/${libpq_name}")
        message(FATAL_ERROR "deploy: no ${libpq_name} in ${contents}/Resources/pgsql/lib")
    endif()

    execute_process(COMMAND otool -L "${psql_plugin}" OUTPUT_VARIABLE plugin_links
        COMMAND_ERROR_IS_FATAL ANY)
    string(REGEX MATCH "[^\t\n ]*libpq[^\t\n ]*\\.dylib" linked_libpq "${plugin_links}")
    if(linked_libpq STREQUAL "")
        message(FATAL_ERROR "deploy: ${psql_plugin} does not link libpq:\n${plugin_links}")
    endif()
    message(STATUS "deploy: QPSQL driver now loads ${libpq_name} from Resources/pgsql/lib "
        "instead of ${linked_libpq}")
    execute_process(
        COMMAND install_name_tool -change "${linked_libpq}"
            "@loader_path/../../Resources/pgsql/lib/${libpq_name}" "${psql_plugin}"
        COMMAND_ERROR_IS_FATAL ANY)
endif()

# Sign from the inside out: PostgreSQL's programs and libraries under Resources, which
# codesign --deep does not reach, then the bundle with its frameworks and plugins.
set(sign_options --force --sign "${RESTO360_MACOS_SIGN_IDENTITY}")
if(NOT RESTO360_MACOS_SIGN_IDENTITY STREQUAL "-")
    list(APPEND sign_options --options runtime --timestamp)
endif()
file(GLOB_RECURSE pg_files LIST_DIRECTORIES false "${contents}/Resources/pgsql/*")
foreach(pg_file IN LISTS pg_files)
    if(IS_SYMLINK "${pg_file}")
        continue()
    endif()
    execute_process(COMMAND file -b "${pg_file}" OUTPUT_VARIABLE file_kind)
    if(file_kind MATCHES "Mach-O")
        execute_process(COMMAND codesign ${sign_options} "${pg_file}" COMMAND_ERROR_IS_FATAL ANY)
    endif()
endforeach()
execute_process(COMMAND codesign ${sign_options} --deep "${app_bundle}" COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${app_bundle}"
    COMMAND_ERROR_IS_FATAL ANY)
