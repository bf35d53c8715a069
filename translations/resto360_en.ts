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
    <name>AdminCommands</name>
    <message>
        <source>Cannot connect to database %1 as administrator %2. Check that the server runs and that this login may connect. Detail: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Isolation check passed: nothing found that would let one restaurant see or change another&apos;s data.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Isolation check failed with %n finding(s). Fix each one, then run the check again.</source>
        <translation>
            <numerusform>Isolation check failed with %n finding. Fix it, then run the check again.</numerusform>
            <numerusform>Isolation check failed with %n findings. Fix each one, then run the check again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some checks could not run, so there may be more problems.</source>
        <translation></translation>
    </message>
    <message>
        <source>The signing key was not rotated, and the current key stays in use. Check that this database is up to date and that you connect as an administrator. Detail: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New signing key: %1. New access tokens are signed with it; those signed with the previous key stay valid until they expire.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;, so RESTO360 is not set up there yet. Run resto360-backoffice --setup-server with the same URL first, then run this command again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the schema of the database &quot;%1&quot; on %2. Detail: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 has no RESTO360 schema yet. Run resto360-backoffice --setup-server with the same URL first, then run this command again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected to the database &quot;%1&quot; on %2 as %3; its schema %4 matches this program.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 has schema %3, older than the schema %4 of this program, so nothing was done. Run resto360-backoffice --upgrade-server with the same URL first, then run this command again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 has schema %3, newer than the schema %4 of this program, so nothing was done. Run this command with the newest version of resto360-backoffice.</source>
        <translation></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected to the local database &quot;%1&quot; in %2 as its administrator %3.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AdminTaskRunner</name>
    <message>
        <source>There is no local database in %1 yet. Start RESTO360 Back Office once, then run this command again.</source>
        <translation></translation>
    </message>
    <message>
        <source>RESTO360 Back Office is running and uses the local database. Close it, then run this command again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server URL after --check-isolation or --rotate-signing-key is empty. Give the URL, or leave it out to use the local database.</source>
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
    <message>
        <source>Connecting to the server…</source>
        <translation></translation>
    </message>
    <message>
        <source>Backing up the local database…</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation></translation>
    </message>
    <message>
        <source>The local database could not be backed up before this update. %1 The update continues.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup could not be written to %1. Check that the folder is writable and the disk has free space.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 could not be restored. Your current data is unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <source>The data from before the restore could not be removed. It uses disk space but does no harm.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that the disk is connected and that you may write there.</source>
        <translation></translation>
    </message>
    <message>
        <source>A backup or restore is already running. Try again when it has finished.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 could not be restored. The file may be damaged or not a RESTO360 backup. Your current data is unchanged.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation></translation>
    </message>
    <message>
        <source>All current data is replaced with the backup from %1. A backup of the current data is saved first.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup was restored. RESTO360 Back Office now signs you out; sign in again to continue.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup %1 could not be read. Your current data is unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <source>The current data could not be backed up, so nothing was restored. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Progress of the backup or restore</source>
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
    <message>
        <source>url</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply the migrations that the server at &lt;url&gt; lacks, as its administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the first restaurant for --setup-server.</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the first restaurant&apos;s owner for --setup-server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Phone number of the first restaurant&apos;s owner for --setup-server. The owner&apos;s password is read from the file named by RESTO360_OWNER_PASSWORD_FILE or asked on the terminal.</source>
        <translation></translation>
    </message>
    <message>
        <source>phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Use --check-isolation or --rotate-signing-key, not both.</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace the data of the local database with the backup &lt;file&gt;, after a confirmation on the terminal. Close the application first.</source>
        <translation></translation>
    </message>
    <message>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <source>Create the demo restaurant if it is missing, and suggest its owner&apos;s phone number at sign-in. With --setup-server, create it on that server instead; the first restaurant is then made only when --restaurant-name, --owner-name or --owner-phone is given. Every demo account has the published password Resto360-demo!, so use it on test servers only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set up the PostgreSQL server at &lt;url&gt; for RESTO360 as its administrator: roles, database, migrations and the first restaurant (or the demo restaurant, with --demo). The administrator&apos;s password is read from PGPASSWORD or asked on the terminal. Running it again changes nothing.</source>
        <translation></translation>
    </message>
    <message>
        <source>As the local database&apos;s administrator, check that nothing lets one restaurant see or change another&apos;s data. Prints each finding and exits with 0 when there is none, 1 when there are findings and 2 when the check cannot run. Close the application first. Given one server URL, as for --setup-server, anywhere on the command line or as --check-isolation=URL, it checks that server&apos;s database as its administrator instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>As the local database&apos;s administrator, replace the key that signs access tokens and print the new key&apos;s id. Tokens signed with the old key stay valid until they expire. Close the application first. Given one server URL, as for --setup-server, anywhere on the command line or as --rotate-signing-key=URL, it replaces the key of that server&apos;s database instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: %2 takes one server URL, and one is already given. Remove one of them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Put the value of an option right after it, as in --setup-server URL, or remove the argument. Run with --help to see the options.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Database on this PC (bundled)</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the database on this PC</source>
        <translation></translation>
    </message>
    <message>
        <source>Shared &amp;server for several PCs</source>
        <translation></translation>
    </message>
    <message>
        <source>Use a shared server</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation></translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation></translation>
    </message>
    <message>
        <source>Database user</source>
        <translation></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation></translation>
    </message>
    <message>
        <source>Encryption mode</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation></translation>
    </message>
    <message>
        <source>T&amp;rust the new certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the CA certificate file, or choose encryption without a CA file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued to %1, valid until %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>It does not verify against the CA file: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>This PC now trusts the new certificate.</source>
        <translation></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>This PC has no keychain, so the server password cannot be kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>Verify the certificate with a CA file</source>
        <translation></translation>
    </message>
    <message>
        <source>Encrypt, and check the remembered fingerprint only</source>
        <translation></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
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
    <message>
        <source>Type the password to test the sign-in as well.</source>
        <translation></translation>
    </message>
    <message>
        <source>Signing in to the database…</source>
        <translation></translation>
    </message>
    <message>
        <source>The user %1 signed in to the database %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the user %1 with this password. Check the user name and the password.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database %1 does not exist on this server. Check its name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not accept connections from this PC for the user %1. Ask the server&apos;s administrator to allow them in pg_hba.conf.</source>
        <translation></translation>
    </message>
    <message>
        <source>The certificate test passed, but signing in to the database failed: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>The certificate of the server %1:%2 changed while the connection was lost, so RESTO360 Back Office stopped reconnecting. Someone may be intercepting the connection. Ask the server&apos;s administrator; if they replaced the certificate, quit, start the application again and accept the new certificate in Database connection.</source>
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
    <name>EditConflict</name>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
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
        <source>Name</source>
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
    <message>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Remember sign-ins</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation></translation>
    </message>
    <message>
        <source>Theirs</source>
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
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation></translation>
    </message>
    <message>
        <source>This window is locked because nobody used it for a while. Type your password to go on, or switch user so that someone else can sign in.</source>
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
        <source>S&amp;witch user</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is signed in at %2 as %3.</source>
        <comment>person, restaurant, role</comment>
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
    <message>
        <source>Dismiss the clock warning</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind. Set the right date and time in the computer&apos;s settings; sign-in and everything else keep working meanwhile.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind. Set the right date and time in the computer&apos;s settings; sign-in and everything else keep working meanwhile.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind. Set the right date and time in the computer&apos;s settings; sign-in and everything else keep working meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead. Set the right date and time in the computer&apos;s settings; sign-in and everything else keep working meanwhile.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead. Set the right date and time in the computer&apos;s settings; sign-in and everything else keep working meanwhile.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead. Set the right date and time in the computer&apos;s settings; sign-in and everything else keep working meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation></translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation></translation>
    </message>
    <message>
        <source>The new connection settings apply when RESTO360 Back Office starts again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection to the database lost. Reconnecting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
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
    <message>
        <source>Choose a lock delay between 1 and %1 minutes, or never.</source>
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
    <name>SchemaCheck</name>
    <message>
        <source>The database was set up for an older version of RESTO360 Back Office (schema %1, this version needs %2). Ask the server&apos;s administrator to run &quot;resto360-backoffice --upgrade-server&quot;, then start the application again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database was set up by a newer version of RESTO360 Back Office (schema %1, this version knows %2). Install the newest version of the application on this computer.</source>
        <translation></translation>
    </message>
    <message>
        <source>The version of the database cannot be read. Check that the server is set up for RESTO360 Back Office and reachable, then try again.</source>
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
    <name>ServerCommand</name>
    <message>
        <source>Use either --setup-server or --upgrade-server, not both.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: the server URL contains a password, which other programs on this computer can read. Use PGPASSWORD or type it when asked instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Password of %1 on %2: </source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot; named by %2: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; named by %2 is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>The owner&apos;s password is missing: run the command on a terminal, or name a file holding it with RESTO360_OWNER_PASSWORD_FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner&apos;s password: </source>
        <translation></translation>
    </message>
    <message>
        <source>Owner&apos;s password again: </source>
        <translation></translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed; run the command again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restaurant name: </source>
        <translation></translation>
    </message>
    <message>
        <source>Owner&apos;s name: </source>
        <translation></translation>
    </message>
    <message>
        <source>Owner&apos;s phone number: </source>
        <translation></translation>
    </message>
    <message>
        <source>The restaurant&apos;s name, the owner&apos;s name and phone number are missing: give them with --restaurant-name, --owner-name and --owner-phone, or run the command on a terminal.</source>
        <translation></translation>
    </message>
    <message>
        <source>Password of the login resto360_app, to enter in the connection settings of each computer (it is shown only now): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the backup file &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>RESTO360 Back Office is running. Close it, then run the command again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restoring a backup needs a confirmation: run the command on a terminal.</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>Replace all current data with the backup &quot;%1&quot;? Type &quot;%2&quot; to confirm: </source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved the current data as &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup was restored, but the application cannot use it. The data from before is kept in the database &quot;%1&quot;; send the log to your support contact.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restored the backup &quot;%1&quot;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServerConnector</name>
    <message>
        <source>The password of the server is not in this PC&apos;s keychain. Open Database connection and type it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>This PC has no keychain, so the server password cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>RESTO360 Back Office cannot connect to the server %1:%2. Check the connection settings and the network, then start the application again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServerProvisioning</name>
    <message>
        <source>The database &quot;%1&quot; is up to date (schema %2): no migration to apply.</source>
        <translation></translation>
    </message>
    <message>
        <source>Applied the migrations %1 to the database &quot;%2&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>The login resto360_app keeps its password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set the password of the login resto360_app from the given file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Generated a password for the login resto360_app.</source>
        <translation></translation>
    </message>
    <message>
        <source>The restaurant &quot;%1&quot; already exists: it was left unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Created the restaurant &quot;%1&quot; and its owner %2.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Created the demo restaurant &quot;%1&quot; with %n account(s).</source>
        <translation>
            <numerusform>Created the demo restaurant &quot;%1&quot; with %n account.</numerusform>
            <numerusform>Created the demo restaurant &quot;%1&quot; with %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo restaurant &quot;%1&quot; is already there: it was left unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in to the demo restaurant as its owner with the phone number %1 and the password %2, which every demo account shares.</source>
        <translation></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; is invalid: use 1 to 63 lower-case letters, digits and underscores, not starting with a digit. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1 as %2, so nothing was changed. Check the host, the port, the user name and the password (PGPASSWORD or the terminal), and that the server accepts connections from this computer. %3</source>
        <translation></translation>
    </message>
    <message>
        <source>The database %1 does not exist on this server. Check the name, or run --setup-server to create it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The migration %1 failed on the database &quot;%2&quot;. It was rolled back with the other migrations of this run, so the schema of the database is unchanged. Send this message to your support contact. %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create the roles or the database &quot;%1&quot; on %2. Check that %3 is a superuser of that server. %4</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1 as %2. %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot set the password of the login resto360_app. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot look up the owner&apos;s phone number. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Created the restaurant &quot;%1&quot; and gave it to the existing account of the phone number %2 as its owner.</source>
        <translation></translation>
    </message>
    <message>
        <source>Created the restaurant &quot;%1&quot; and gave it to the existing account of the phone number %2 (%3 in the restaurant &quot;%4&quot;) as its owner, listed as %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>That account keeps its password: the owner&apos;s password given to this command was not used.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: that account has the published demo password %1, so anyone can sign in as the owner of &quot;%2&quot;. Sign in with it now and change the password.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Invalid server URL &quot;%1&quot;. Write it as postgresql://user@host:port/database?sslmode=verify-full.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server URL must name the host and the administrator, as in postgresql://admin@host/resto360.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsupported server URL parameter &quot;%1&quot;. Use only sslmode, sslrootcert, sslcert, sslkey and sslcrl.</source>
        <translation></translation>
    </message>
    <message>
        <source>Invalid value for the server URL parameter &quot;%1&quot;: it must not be empty or contain spaces, quotes or backslashes.</source>
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
    <message>
        <source>Your restaurant does not let computers remember sign-ins. Sign in with your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your saved sign-in has ended. Sign in with your password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Too many failed attempts with this phone number. Try again at %1, or choose Switch user.</source>
        <translation></translation>
    </message>
    <message>
        <source>The password is wrong. Type it again, or choose Switch user.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your saved sign-in could not be found in this computer&apos;s keychain: it was removed, or the keychain is locked. Sign in with your password.</source>
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
    <message>
        <source>Sign-ins:</source>
        <translation></translation>
    </message>
    <message>
        <source>Computers may &amp;remember sign-ins</source>
        <translation></translation>
    </message>
    <message>
        <source>Computers may remember sign-ins</source>
        <translation></translation>
    </message>
    <message>
        <source>Turn this off when several people share a computer: everyone then types their password each time the application starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation></translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>lock when idle</comment>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
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
    <message>
        <source>&amp;Database connection…</source>
        <translation></translation>
    </message>
    <message>
        <source>Database connection</source>
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
    <message>
        <source>Sign out e&amp;verywhere…</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign the selected staff member out on every computer</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock sign-in…</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlock sign-in for the selected staff member</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign %1 out on every computer? They will need their password to sign in again. Do this when a phone or computer was lost or someone else may know their password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not signed in anywhere; nothing changed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 was signed out on %n computer(s).</source>
        <translation>
            <numerusform>%1 was signed out on %n computer.</numerusform>
            <numerusform>%1 was signed out on %n computers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock sign-in</source>
        <translation></translation>
    </message>
    <message>
        <source>Let %1 sign in again at once? Their failed password attempts are forgotten. Do this only when you know they are the ones who tried.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 can sign in again now.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 had no failed sign-ins to clear; nothing changed.</source>
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
    <name>TlsProbe</name>
    <message>
        <source>The CA certificate file %1 cannot be read or holds no PEM certificate. Choose the CA file the server&apos;s administrator gave you.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server %1 does not offer TLS, so the connection would not be encrypted. Ask its administrator to turn on ssl in postgresql.conf.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server %1 did not answer like PostgreSQL. Check the port number.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is the first connection to %1 from this PC. Compare the fingerprint with the one the server&apos;s administrator gave you.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 has changed since the last connection. Someone may be intercepting the connection. Accept the new certificate only if the server&apos;s administrator confirms they replaced it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The certificate of %1 is the one this PC trusts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the host name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the host name and port, and that PostgreSQL is running there.</source>
        <translation></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. Ask the server&apos;s administrator to check its certificate.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check the host name, the port and the network.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n seconds. Check the host name, the port and the network.</source>
        <translation>
            <numerusform>The server %1 did not answer within %n second. Check the host name, the port and the network.</numerusform>
            <numerusform>The server %1 did not answer within %n seconds. Check the host name, the port and the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the chosen CA certificate. Check the CA file, or ask the server&apos;s administrator for the right one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another host name. Use the host name written in the certificate.</source>
        <translation></translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read. Choose the CA file again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not offer TLS. Ask its administrator to turn on ssl in postgresql.conf.</source>
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
