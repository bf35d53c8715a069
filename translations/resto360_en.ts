<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm initial password</source>
        <translation></translation>
    </message>
    <message>
        <source>Give this password to the person. They must replace it with their own at their first sign-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person already has an account and keeps their password. They sign in with it and will find this restaurant among their workplaces.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person is already on the staff of this restaurant. Find them in the list to edit them or reactivate them.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was added. They sign in with the password they already have.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was added. Give them their initial password; they must replace it at their first sign-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The local database cannot be read. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Starting the local database…</source>
        <translation></translation>
    </message>
    <message>
        <source>Updating the local database…</source>
        <translation></translation>
    </message>
    <message>
        <source>The local database could not be updated to this version of RESTO360 Back Office. Your data is unchanged. Install the previous version again, or send the log to your support contact.</source>
        <translation></translation>
    </message>
    <message>
        <source>RESTO360 Back Office cannot connect to its local database. Restart the application; if this happens again, restart the computer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Creating the demo restaurant…</source>
        <translation></translation>
    </message>
    <message>
        <source>Demo restaurant</source>
        <translation></translation>
    </message>
    <message>
        <source>RESTO360 Back Office cannot start</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>RESTO360 Back Office: staff, roles and settings of your restaurant.</source>
        <translation></translation>
    </message>
    <message>
        <source>Create the demo restaurant if it is missing, and suggest its owner&apos;s phone number at sign-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep the local database in &lt;folder&gt; instead of the per-user data folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt;: fr (French) or en (English).</source>
        <translation></translation>
    </message>
    <message>
        <source>language</source>
        <translation></translation>
    </message>
    <message>
        <source>Start the local database, open the first window, print &quot;smoke test passed&quot; and exit. For checking an installation.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fr or en.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>Your session has ended or your access was removed. Sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask an owner of the restaurant.</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot change your own role. Ask another owner to do it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The restaurant needs at least one active owner. Make someone else owner first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an owner can add or edit owners and managers.</source>
        <translation></translation>
    </message>
    <message>
        <source>You can reset this person&apos;s password only if you own every restaurant they work at. They can change it themselves, or an owner of their other restaurants can reset it.</source>
        <translation></translation>
    </message>
    <message>
        <source>You can unlock sign-in for this person only if you own every restaurant they work at. An owner of their other restaurants can unlock it, or the lock ends by itself within 15 minutes.</source>
        <translation></translation>
    </message>
    <message>
        <source>This staff member was not found in this restaurant. Reload the staff list and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff members cannot be deleted. Deactivate them instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person already has this role in the restaurant.</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself. Ask another owner to do it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database rejected a value. Check the fields and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>This phone number has no account yet. Enter an initial password for the person.</source>
        <translation></translation>
    </message>
    <message>
        <source>The current password is wrong. Type it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it to see their changes, then make yours again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database cannot be reached. Your changes were not saved; try again in a moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database reported an unexpected error. Your changes were not saved; try again, and if it persists, see the log for details.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EditStaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else saved this staff member while you were editing. Load their version? Your changes in this form will be replaced.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Load their version</source>
        <translation></translation>
    </message>
    <message>
        <source>These are the current details. Make your changes again and save.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>IsolationCheck</name>
    <message>
        <source>The check of %1 failed, so the isolation check is incomplete: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The application role %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application role %1 is a superuser, so row-level security and every permission check are skipped for it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application role %1 has BYPASSRLS, so row-level security does not apply to it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application role %1 owns %2. It must own nothing, because an owner can change the object&apos;s policies and grants.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application role %1 is a member of role %2, so it can act with that role&apos;s privileges through SET ROLE.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application role %1 may create temporary objects in database %2. A temporary type named like a built-in one takes precedence inside SECURITY DEFINER functions and can run code with their rights.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application role %1 may create objects in schema %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application role %1 may read %2, which holds verifiers, tokens or keys that only the sign-in functions may read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Table %1 does not enable row-level security, so its policies are ignored and every row is visible.</source>
        <translation></translation>
    </message>
    <message>
        <source>Table %1 does not force row-level security, so its owner and views owned by that owner skip the policies.</source>
        <translation></translation>
    </message>
    <message>
        <source>Materialized view %1 stores rows outside row-level security, because a materialized view cannot use security_invoker.</source>
        <translation></translation>
    </message>
    <message>
        <source>View %1 does not use security_invoker, so it reads its tables with its owner&apos;s rights and may skip their row-level security.</source>
        <translation></translation>
    </message>
    <message>
        <source>SECURITY DEFINER function %1 does not fix its search_path, so the caller&apos;s search_path decides which objects it uses.</source>
        <translation></translation>
    </message>
    <message>
        <source>PUBLIC may execute function %1. Revoke it from PUBLIC and grant it only to the roles that need it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>This computer does not have enough free memory to check the password securely. Close other programs and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server asked for password settings this version does not support. Update RESTO360 Back Office or ask your administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall RESTO360 Back Office.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>The bundled database cannot run as root (the administrator account). Start RESTO360 Back Office as your normal user.</source>
        <translation></translation>
    </message>
    <message>
        <source>PostgreSQL 15 is not installed, and the bundled database needs it. Install the package postgresql-15 (sudo apt install postgresql-15), or set RESTO360_PG_BIN to the folder that holds initdb and pg_ctl.</source>
        <translation></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created or written. Check that the disk is not full and that you may write there.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundled database could not be created in %1. Check the free disk space, then start the application again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The bundled database did not start. Its log is %1; restart the computer if another copy may still be running.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dismiss</source>
        <translation></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;witch restaurant or role…</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About RESTO360 Back Office</source>
        <translation></translation>
    </message>
    <message>
        <source>You have no other restaurant or role to switch to.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out on this computer and on every other computer where you are signed in?</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere</source>
        <translation></translation>
    </message>
    <message>
        <source>About RESTO360 Back Office</source>
        <translation></translation>
    </message>
    <message>
        <source>RESTO360 Back Office %1

Restaurant owners and managers add their staff, give each person a role and keep the restaurant&apos;s settings here.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>restaurant — person, role</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>MembershipPage</name>
    <message>
        <source>Where do you work now?</source>
        <translation></translation>
    </message>
    <message>
        <source>You work at several restaurants or hold several roles. Choose one; you can switch later from the Session menu.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restaurants and roles</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation></translation>
    </message>
    <message>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>restaurant name, then role</comment>
        <translation></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OwnerWizardPage</name>
    <message>
        <source>Owner account</source>
        <translation></translation>
    </message>
    <message>
        <source>The owner signs in with this phone number and password, then adds the staff.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation></translation>
    </message>
    <message>
        <source>Your &amp;mobile phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PasswordChangePage</name>
    <message>
        <source>Choose your own password</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else set your current password. Replace it with one only you know before you continue.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation></translation>
    </message>
    <message>
        <source>New password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation></translation>
    </message>
    <message>
        <source>Save password</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <source>The two passwords are different. Type the same password in both fields.</source>
        <translation></translation>
    </message>
    <message>
        <source>This password meets the rules.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, not only digits, and without the phone number or the name.</source>
        <translation>
            <numerusform>At least %n character, not only digits, and without the phone number or the name.</numerusform>
            <numerusform>At least %n characters, not only digits, and without the phone number or the name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password cannot be only digits. Add letters or other characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>This password is one of the most common ones and easy to guess. Choose a phrase of a few words that only you would think of.</source>
        <translation></translation>
    </message>
    <message>
        <source>The password cannot contain your phone number, your name or the restaurant&apos;s name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number, for example 07 00 00 00 01.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is not a phone number. Type only digits, for example 07 00 00 00 01, or + and the country code for a number outside Côte d&apos;Ivoire.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ivorian numbers have had 10 digits since 2021, for example 07 00 00 00 01. Add the two-digit prefix in front of the old 8-digit number.</source>
        <translation></translation>
    </message>
    <message>
        <source>This phone number does not exist. Check the digits; for a number outside Côte d&apos;Ivoire, start with + and the country code, for example +221 77 000 00 01.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Account</source>
        <translation></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation></translation>
    </message>
    <message>
        <source>New password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>role at restaurant</comment>
        <translation></translation>
    </message>
    <message>
        <source>Your password was changed. Other computers where you were signed in have been signed out.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>Enter your current password.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm temporary password</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must replace it with their own at their next sign-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RestaurantRepository</name>
    <message>
        <source>Enter the restaurant&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The restaurant&apos;s name is too long: use at most 120 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>The address is too long: use at most 500 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose French or English as the default language.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RestaurantWizardPage</name>
    <message>
        <source>Your restaurant</source>
        <translation></translation>
    </message>
    <message>
        <source>Tell us about the restaurant. You can change these details later in the settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restaurant &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Restaurant name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Restaurant phone</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation></translation>
    </message>
    <message>
        <source>Default language</source>
        <translation></translation>
    </message>
    <message>
        <source>CFA franc (XOF)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation></translation>
    </message>
    <message>
        <source>Kitchen staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>This PC&apos;s keychain is unavailable or refused access, so a saved sign-in could not be read from it. Sign in with your password; check that the keychain (for example GNOME Keyring or KWallet) is installed and unlocked.</source>
        <translation></translation>
    </message>
    <message>
        <source>This PC&apos;s keychain is unavailable or refused access, so this PC cannot remember your sign-in and you will sign in again next time. Nothing was saved elsewhere; check that the keychain is installed and unlocked.</source>
        <translation></translation>
    </message>
    <message>
        <source>This PC&apos;s keychain is unavailable or refused access, so a saved sign-in could not be removed from it. Check that the keychain is installed and unlocked, then sign out again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>Enter your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many failed attempts with this phone number. Try again at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The phone number or the password is wrong. Check both and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your account is not active in any restaurant. Ask the restaurant&apos;s owner to reactivate it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This membership is no longer active. Choose another one or ask the restaurant&apos;s owner.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your access to this restaurant was removed. Sign in again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restaurant &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Restaurant name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Restaurant phone</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation></translation>
    </message>
    <message>
        <source>Default language</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation></translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>CFA franc (XOF)</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an owner can change these settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else saved the restaurant&apos;s settings while you were editing. Load their version? Your changes on this page will be replaced.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Load their version</source>
        <translation></translation>
    </message>
    <message>
        <source>These are the current settings. Make your changes again and save.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>Enter the restaurant&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The restaurant&apos;s name is too long: use at most 120 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the owner&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The owner&apos;s name is too long: use at most 120 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to RESTO360 Back Office</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Create the restaurant</source>
        <translation></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation></translation>
    </message>
    <message>
        <source>Create the restaurant</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the mobile phone number and password of your account.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation></translation>
    </message>
    <message>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Search staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Search by name or phone number</source>
        <translation></translation>
    </message>
    <message>
        <source>Show deactivated staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Reload the staff list</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit the selected staff member</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected staff member</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset the password of the selected staff member</source>
        <translation></translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has a temporary password now and must replace it at their next sign-in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivate a staff member</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in to this restaurant. You can reactivate them later.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation></translation>
    </message>
    <message>
        <source>Staff list out of date</source>
        <translation></translation>
    </message>
    <message>
        <source>Someone else changed this staff member. Reload the list to see the current details?</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation></translation>
    </message>
    <message>
        <source>The list was reloaded. Check the staff member and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sho&amp;w deactivated staff</source>
        <translation></translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation></translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The name is too long: use at most 120 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation></translation>
    </message>
    <message>
        <source>To change your own password, use My profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an owner of the restaurant can reset passwords.</source>
        <translation></translation>
    </message>
    <message>
        <source>This person also works at a restaurant you do not own, so you cannot reset their password. They can change it themselves, or an owner of all their restaurants can reset it.</source>
        <translation></translation>
    </message>
    <message>
        <source>This staff member no longer exists. Reload the list.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;My profile</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation></translation>
    </message>
    <message>
        <source>Restaurant setti&amp;ngs</source>
        <translation></translation>
    </message>
</context>
</TS>
