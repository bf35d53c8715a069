# Runs lupdate over the current sources into a copy of the French catalog, then checks the
# copy with tst_translations: a string added to the code without a French translation shows
# up as unfinished there even when the committed catalog looks complete.
#
# cmake -DLUPDATE=... -DCHECKER=... -DCATALOG=... -DSOURCE_DIR=... -DWORK_DIR=... -P this file
foreach(variable LUPDATE CHECKER CATALOG SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "${variable} is not set")
    endif()
endforeach()

file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/resto360_fr.ts")
file(COPY_FILE "${CATALOG}" "${copy}")

execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete
            "${SOURCE_DIR}/src/core" "${SOURCE_DIR}/src/gui" "${SOURCE_DIR}/src/app" "${SOURCE_DIR}/ui"
            -ts "${copy}"
    RESULT_VARIABLE lupdate_result)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed with ${lupdate_result}")
endif()

execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env "RESTO360_TS_FILE=${copy}" "${CHECKER}"
    RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
    message(FATAL_ERROR "the sources have strings without a finished French translation; "
                        "run `cmake --build <build> --target update_translations` and translate them")
endif()
