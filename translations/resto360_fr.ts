<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Numéro de &amp;téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>Mot de passe &amp;initial&#xa0;:</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm initial password</source>
        <translation>Confirmer le mot de passe initial</translation>
    </message>
    <message>
        <source>Give this password to the person. They must replace it with their own at their first sign-in.</source>
        <translation>Remettez ce mot de passe à la personne. Elle devra le remplacer par le sien à sa première connexion.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>This person already has an account and keeps their password. They sign in with it and will find this restaurant among their workplaces.</source>
        <translation>Cette personne a déjà un compte et garde son mot de passe. Elle se connecte avec celui-ci et trouvera ce restaurant parmi ses lieux de travail.</translation>
    </message>
    <message>
        <source>This person is already on the staff of this restaurant. Find them in the list to edit them or reactivate them.</source>
        <translation>Cette personne fait déjà partie du personnel de ce restaurant. Retrouvez-la dans la liste pour la modifier ou la réactiver.</translation>
    </message>
    <message>
        <source>%1 was added. They sign in with the password they already have.</source>
        <translation>%1 a été ajouté(e). Cette personne se connecte avec le mot de passe qu’elle a déjà.</translation>
    </message>
    <message>
        <source>%1 was added. Give them their initial password; they must replace it at their first sign-in.</source>
        <translation>%1 a été ajouté(e). Remettez-lui son mot de passe initial, à remplacer dès sa première connexion.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AdminCommands</name>
    <message>
        <source>Cannot connect to database %1 as administrator %2. Check that the server runs and that this login may connect. Detail: %3</source>
        <translation>Impossible de se connecter à la base de données %1 en tant qu’administrateur %2. Vérifiez que le serveur fonctionne et que cet identifiant peut se connecter. Détail&#xa0;: %3</translation>
    </message>
    <message>
        <source>Isolation check passed: nothing found that would let one restaurant see or change another&apos;s data.</source>
        <translation>Vérification de l’isolation réussie&#xa0;: rien ne permettrait à un restaurant de voir ou de modifier les données d’un autre.</translation>
    </message>
    <message numerus="yes">
        <source>Isolation check failed with %n finding(s). Fix each one, then run the check again.</source>
        <translation>
            <numerusform>La vérification de l’isolation a relevé %n problème. Corrigez-le, puis relancez la vérification.</numerusform>
            <numerusform>La vérification de l’isolation a relevé %n problèmes. Corrigez-les un par un, puis relancez la vérification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some checks could not run, so there may be more problems.</source>
        <translation>Certaines vérifications n’ont pas pu s’exécuter&#xa0;: il peut y avoir d’autres problèmes.</translation>
    </message>
    <message>
        <source>The signing key was not rotated, and the current key stays in use. Check that this database is up to date and that you connect as an administrator. Detail: %1</source>
        <translation>La clé de signature n’a pas été remplacée et la clé actuelle reste en service. Vérifiez que cette base de données est à jour et que vous vous connectez en administrateur. Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>New signing key: %1. New access tokens are signed with it; those signed with the previous key stay valid until they expire.</source>
        <translation>Nouvelle clé de signature&#xa0;: %1. Les nouveaux jetons d’accès sont signés avec elle&#xa0;; ceux signés avec l’ancienne clé restent valables jusqu’à leur expiration.</translation>
    </message>
    <message>
        <source>The server %1 has no database &quot;%2&quot;, so RESTO360 is not set up there yet. Run resto360-backoffice --setup-server with the same URL first, then run this command again.</source>
        <translation>Le serveur %1 n’a pas de base de données «&#xa0;%2&#xa0;», RESTO360 n’y est donc pas encore installé. Lancez d’abord resto360-backoffice --setup-server avec la même URL, puis relancez cette commande.</translation>
    </message>
    <message>
        <source>Cannot read the schema of the database &quot;%1&quot; on %2. Detail: %3</source>
        <translation>Impossible de lire le schéma de la base de données «&#xa0;%1&#xa0;» sur %2. Détail&#xa0;: %3</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 has no RESTO360 schema yet. Run resto360-backoffice --setup-server with the same URL first, then run this command again.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur %2 n’a pas encore de schéma RESTO360. Lancez d’abord resto360-backoffice --setup-server avec la même URL, puis relancez cette commande.</translation>
    </message>
    <message>
        <source>Connected to the database &quot;%1&quot; on %2 as %3; its schema %4 matches this program.</source>
        <translation>Connecté à la base de données «&#xa0;%1&#xa0;» sur %2 en tant que %3&#xa0;; son schéma %4 correspond à ce programme.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 has schema %3, older than the schema %4 of this program, so nothing was done. Run resto360-backoffice --upgrade-server with the same URL first, then run this command again.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur %2 a le schéma %3, plus ancien que le schéma %4 de ce programme&#xa0;: rien n’a été fait. Lancez d’abord resto360-backoffice --upgrade-server avec la même URL, puis relancez cette commande.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; on %2 has schema %3, newer than the schema %4 of this program, so nothing was done. Run this command with the newest version of resto360-backoffice.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur %2 a le schéma %3, plus récent que le schéma %4 de ce programme&#xa0;: rien n’a été fait. Lancez cette commande avec la version la plus récente de resto360-backoffice.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected to the local database &quot;%1&quot; in %2 as its administrator %3.</source>
        <translation>Connecté à la base de données locale «&#xa0;%1&#xa0;» dans %2 en tant qu’administrateur %3.</translation>
    </message>
</context>
<context>
    <name>AdminTaskRunner</name>
    <message>
        <source>There is no local database in %1 yet. Start RESTO360 Back Office once, then run this command again.</source>
        <translation>Il n’y a pas encore de base de données locale dans %1. Lancez RESTO360 Back Office une fois, puis relancez cette commande.</translation>
    </message>
    <message>
        <source>RESTO360 Back Office is running and uses the local database. Close it, then run this command again.</source>
        <translation>RESTO360 Back Office est ouvert et utilise la base de données locale. Fermez-le, puis relancez cette commande.</translation>
    </message>
    <message>
        <source>The server URL after --check-isolation or --rotate-signing-key is empty. Give the URL, or leave it out to use the local database.</source>
        <translation>L’URL du serveur après --check-isolation ou --rotate-signing-key est vide. Donnez l’URL, ou omettez-la pour utiliser la base de données locale.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The local database cannot be read. %1</source>
        <translation>La base de données locale est illisible. %1</translation>
    </message>
    <message>
        <source>Starting the local database…</source>
        <translation>Démarrage de la base de données locale…</translation>
    </message>
    <message>
        <source>Updating the local database…</source>
        <translation>Mise à jour de la base de données locale…</translation>
    </message>
    <message>
        <source>The local database could not be updated to this version of RESTO360 Back Office. Your data is unchanged. Install the previous version again, or send the log to your support contact.</source>
        <translation>La base de données locale n’a pas pu être mise à jour pour cette version de RESTO360 Back Office. Vos données n’ont pas été modifiées. Réinstallez la version précédente ou envoyez le journal à votre contact d’assistance.</translation>
    </message>
    <message>
        <source>RESTO360 Back Office cannot connect to its local database. Restart the application; if this happens again, restart the computer.</source>
        <translation>RESTO360 Back Office ne parvient pas à se connecter à sa base de données locale. Relancez l’application&#xa0;; si le problème se reproduit, redémarrez l’ordinateur.</translation>
    </message>
    <message>
        <source>Creating the demo restaurant…</source>
        <translation>Création du restaurant de démonstration…</translation>
    </message>
    <message>
        <source>Demo restaurant</source>
        <translation>Restaurant de démonstration</translation>
    </message>
    <message>
        <source>RESTO360 Back Office cannot start</source>
        <translation>RESTO360 Back Office ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Backing up the local database…</source>
        <translation>Sauvegarde de la base de données locale…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>The local database could not be backed up before this update. %1 The update continues.</source>
        <translation>La base de données locale n’a pas pu être sauvegardée avant cette mise à jour. %1 La mise à jour continue.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>The backup could not be written to %1. Check that the folder is writable and the disk has free space.</source>
        <translation>La sauvegarde n’a pas pu être écrite dans %1. Vérifiez que le dossier est accessible en écriture et qu’il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored. Your current data is unchanged.</source>
        <translation>La sauvegarde %1 n’a pas pu être restaurée. Vos données actuelles n’ont pas changé.</translation>
    </message>
    <message>
        <source>The data from before the restore could not be removed. It uses disk space but does no harm.</source>
        <translation>Les données d’avant la restauration n’ont pas pu être supprimées. Elles occupent de la place sur le disque mais ne gênent pas.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that the disk is connected and that you may write there.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1. Vérifiez que le disque est branché et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>A backup or restore is already running. Try again when it has finished.</source>
        <translation>Une sauvegarde ou une restauration est déjà en cours. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored. The file may be damaged or not a RESTO360 backup. Your current data is unchanged.</source>
        <translation>La sauvegarde %1 n’a pas pu être restaurée. Le fichier est peut-être endommagé, ou ce n’est pas une sauvegarde RESTO360. Vos données actuelles n’ont pas changé.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Dossier des &amp;sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups, newest first:</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauvegarder &amp;maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>All current data is replaced with the backup from %1. A backup of the current data is saved first.</source>
        <translation>Toutes les données actuelles seront remplacées par la sauvegarde du %1. Une sauvegarde des données actuelles est d’abord enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup was restored. RESTO360 Back Office now signs you out; sign in again to continue.</source>
        <translation>La sauvegarde a été restaurée. RESTO360 Back Office va maintenant vous déconnecter. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>The backup %1 could not be read. Your current data is unchanged.</source>
        <translation>La sauvegarde %1 n’a pas pu être lue. Vos données actuelles n’ont pas changé.</translation>
    </message>
    <message>
        <source>The current data could not be backed up, so nothing was restored. %1</source>
        <translation>Les données actuelles n’ont pas pu être sauvegardées, donc rien n’a été restauré. %1</translation>
    </message>
    <message>
        <source>Progress of the backup or restore</source>
        <translation>Avancement de la sauvegarde ou de la restauration</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>RESTO360 Back Office: staff, roles and settings of your restaurant.</source>
        <translation>RESTO360 Back Office&#xa0;: le personnel, les rôles et les paramètres de votre restaurant.</translation>
    </message>
    <message>
        <source>Keep the local database in &lt;folder&gt; instead of the per-user data folder.</source>
        <translation>Place la base de données locale dans &lt;dossier&gt; au lieu du dossier de données de l’utilisateur.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt;: fr (French) or en (English).</source>
        <translation>Affiche l’interface en &lt;langue&gt;&#xa0;: fr (français) ou en (anglais).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Start the local database, open the first window, print &quot;smoke test passed&quot; and exit. For checking an installation.</source>
        <translation>Démarre la base de données locale, ouvre la première fenêtre, affiche «&#xa0;smoke test passed&#xa0;» et quitte. Sert à vérifier une installation.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fr or en.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue. Utilisez fr ou en.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Apply the migrations that the server at &lt;url&gt; lacks, as its administrator.</source>
        <translation>Applique les migrations qui manquent au serveur à l’adresse &lt;url&gt;, en tant qu’administrateur.</translation>
    </message>
    <message>
        <source>Name of the first restaurant for --setup-server.</source>
        <translation>Nom du premier restaurant pour --setup-server.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Name of the first restaurant&apos;s owner for --setup-server.</source>
        <translation>Nom du propriétaire du premier restaurant pour --setup-server.</translation>
    </message>
    <message>
        <source>Phone number of the first restaurant&apos;s owner for --setup-server. The owner&apos;s password is read from the file named by RESTO360_OWNER_PASSWORD_FILE or asked on the terminal.</source>
        <translation>Numéro de téléphone du propriétaire du premier restaurant pour --setup-server. Son mot de passe est lu dans le fichier indiqué par RESTO360_OWNER_PASSWORD_FILE ou demandé dans le terminal.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>Use --check-isolation or --rotate-signing-key, not both.</source>
        <translation>Utilisez --check-isolation ou --rotate-signing-key, pas les deux.</translation>
    </message>
    <message>
        <source>Replace the data of the local database with the backup &lt;file&gt;, after a confirmation on the terminal. Close the application first.</source>
        <translation>Remplace les données de la base de données locale par la sauvegarde &lt;file&gt;, après confirmation dans le terminal. Fermez d’abord l’application.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Create the demo restaurant if it is missing, and suggest its owner&apos;s phone number at sign-in. With --setup-server, create it on that server instead; the first restaurant is then made only when --restaurant-name, --owner-name or --owner-phone is given. Every demo account has the published password Resto360-demo!, so use it on test servers only.</source>
        <translation>Crée le restaurant de démonstration s’il n’existe pas et propose le numéro de son propriétaire à la connexion. Avec --setup-server, le crée plutôt sur ce serveur&#xa0;; le premier restaurant n’est alors créé que si --restaurant-name, --owner-name ou --owner-phone est donné. Tous les comptes de démonstration ont le mot de passe publié Resto360-demo!, donc réservez cette option aux serveurs de test.</translation>
    </message>
    <message>
        <source>Set up the PostgreSQL server at &lt;url&gt; for RESTO360 as its administrator: roles, database, migrations and the first restaurant (or the demo restaurant, with --demo). The administrator&apos;s password is read from PGPASSWORD or asked on the terminal. Running it again changes nothing.</source>
        <translation>Prépare le serveur PostgreSQL à l’adresse &lt;url&gt; pour RESTO360, en tant qu’administrateur&#xa0;: rôles, base de données, migrations et premier restaurant (ou le restaurant de démonstration, avec --demo). Le mot de passe de l’administrateur est lu dans PGPASSWORD ou demandé dans le terminal. Une deuxième exécution ne change rien.</translation>
    </message>
    <message>
        <source>As the local database&apos;s administrator, check that nothing lets one restaurant see or change another&apos;s data. Prints each finding and exits with 0 when there is none, 1 when there are findings and 2 when the check cannot run. Close the application first. Given one server URL, as for --setup-server, anywhere on the command line or as --check-isolation=URL, it checks that server&apos;s database as its administrator instead.</source>
        <translation>En tant qu’administrateur de la base de données locale, vérifier que rien ne permet à un restaurant de voir ou de modifier les données d’un autre. Affiche chaque problème et se termine avec 0 s’il n’y en a aucun, 1 s’il y en a et 2 si la vérification ne peut pas s’exécuter. Fermez d’abord l’application. Avec une URL de serveur, comme pour --setup-server, placée n’importe où sur la ligne de commande ou sous la forme --check-isolation=URL, vérifie plutôt la base de ce serveur, en tant qu’administrateur de celui-ci.</translation>
    </message>
    <message>
        <source>As the local database&apos;s administrator, replace the key that signs access tokens and print the new key&apos;s id. Tokens signed with the old key stay valid until they expire. Close the application first. Given one server URL, as for --setup-server, anywhere on the command line or as --rotate-signing-key=URL, it replaces the key of that server&apos;s database instead.</source>
        <translation>En tant qu’administrateur de la base de données locale, remplacer la clé qui signe les jetons d’accès et afficher l’identifiant de la nouvelle clé. Les jetons signés avec l’ancienne clé restent valables jusqu’à leur expiration. Fermez d’abord l’application. Avec une URL de serveur, comme pour --setup-server, placée n’importe où sur la ligne de commande ou sous la forme --rotate-signing-key=URL, remplace plutôt la clé de la base de ce serveur.</translation>
    </message>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>Lancez la commande avec --help pour voir les options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: %2 takes one server URL, and one is already given. Remove one of them.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;»&#xa0;: %2 prend une seule URL de serveur, et une URL est déjà donnée. Retirez l’une des deux.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Put the value of an option right after it, as in --setup-server URL, or remove the argument. Run with --help to see the options.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Placez la valeur d’une option juste après celle-ci, comme dans --setup-server URL, ou retirez l’argument. Lancez la commande avec --help pour voir les options.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>&amp;Database on this PC (bundled)</source>
        <translation>Base de &amp;données sur ce PC (intégrée)</translation>
    </message>
    <message>
        <source>Use the database on this PC</source>
        <translation>Utiliser la base de données de ce PC</translation>
    </message>
    <message>
        <source>Shared &amp;server for several PCs</source>
        <translation>&amp;Serveur partagé entre plusieurs PC</translation>
    </message>
    <message>
        <source>Use a shared server</source>
        <translation>Utiliser un serveur partagé</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Nom d’hôte du serveur</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Encryption mode</source>
        <translation>Mode de chiffrement</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat d’&amp;autorité&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat d’autorité</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat d’autorité</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Empreinte du certificat (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Empreinte du certificat</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>T&amp;rust the new certificate</source>
        <translation>&amp;Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Saisissez le nom d’hôte ou l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>Saisissez l’utilisateur de la base de données.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file, or choose encryption without a CA file.</source>
        <translation>Choisissez le fichier du certificat d’autorité, ou un chiffrement sans fichier d’autorité.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Issued to %1, valid until %2.</source>
        <translation>Émis pour %1, valable jusqu’au %2.</translation>
    </message>
    <message>
        <source>It does not verify against the CA file: %1</source>
        <translation>Il n’est pas validé par le fichier d’autorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>This PC now trusts the new certificate.</source>
        <translation>Ce PC fait désormais confiance au nouveau certificat.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d’autorité</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This PC has no keychain, so the server password cannot be kept.</source>
        <translation>Ce PC n’a pas de trousseau, le mot de passe du serveur ne peut donc pas être conservé.</translation>
    </message>
    <message>
        <source>Verify the certificate with a CA file</source>
        <translation>Vérifier le certificat avec un fichier d’autorité</translation>
    </message>
    <message>
        <source>Encrypt, and check the remembered fingerprint only</source>
        <translation>Chiffrer, et vérifier seulement l’empreinte mémorisée</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Laissez vide pour garder le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the password to test the sign-in as well.</source>
        <translation>Saisissez le mot de passe pour tester aussi la connexion à la base.</translation>
    </message>
    <message>
        <source>Signing in to the database…</source>
        <translation>Connexion à la base de données…</translation>
    </message>
    <message>
        <source>The user %1 signed in to the database %2.</source>
        <translation>L’utilisateur %1 s’est connecté à la base de données %2.</translation>
    </message>
    <message>
        <source>The server refused the user %1 with this password. Check the user name and the password.</source>
        <translation>Le serveur a refusé l’utilisateur %1 avec ce mot de passe. Vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on this server. Check its name.</source>
        <translation>La base de données %1 n’existe pas sur ce serveur. Vérifiez son nom.</translation>
    </message>
    <message>
        <source>The server does not accept connections from this PC for the user %1. Ask the server&apos;s administrator to allow them in pg_hba.conf.</source>
        <translation>Le serveur n’accepte pas les connexions de ce PC pour l’utilisateur %1. Demandez à l’administrateur du serveur de les autoriser dans pg_hba.conf.</translation>
    </message>
    <message>
        <source>The certificate test passed, but signing in to the database failed: %1</source>
        <translation>Le test du certificat a réussi, mais la connexion à la base de données a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>The certificate of the server %1:%2 changed while the connection was lost, so RESTO360 Back Office stopped reconnecting. Someone may be intercepting the connection. Ask the server&apos;s administrator; if they replaced the certificate, quit, start the application again and accept the new certificate in Database connection.</source>
        <translation>Le certificat du serveur %1:%2 a changé pendant la coupure de la connexion, donc RESTO360 Back Office a cessé de se reconnecter. Quelqu’un intercepte peut-être la connexion. Demandez à l’administrateur du serveur&#xa0;; s’il a remplacé le certificat, quittez, relancez l’application et acceptez le nouveau certificat dans Connexion à la base de données.</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>Your session has ended or your access was removed. Sign in again.</source>
        <translation>Votre session a pris fin ou votre accès a été retiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask an owner of the restaurant.</source>
        <translation>Votre rôle ne le permet pas. Adressez-vous à un propriétaire du restaurant.</translation>
    </message>
    <message>
        <source>You cannot change your own role. Ask another owner to do it.</source>
        <translation>Vous ne pouvez pas changer votre propre rôle. Demandez-le à un autre propriétaire.</translation>
    </message>
    <message>
        <source>The restaurant needs at least one active owner. Make someone else owner first.</source>
        <translation>Le restaurant doit garder au moins un propriétaire actif. Nommez d’abord quelqu’un d’autre propriétaire.</translation>
    </message>
    <message>
        <source>Only an owner can add or edit owners and managers.</source>
        <translation>Seul un propriétaire peut ajouter ou modifier des propriétaires et des gérants.</translation>
    </message>
    <message>
        <source>You can reset this person&apos;s password only if you own every restaurant they work at. They can change it themselves, or an owner of their other restaurants can reset it.</source>
        <translation>Vous ne pouvez réinitialiser le mot de passe de cette personne que si vous êtes propriétaire de tous les restaurants où elle travaille. Elle peut le changer elle-même, ou un propriétaire de ses autres restaurants peut le réinitialiser.</translation>
    </message>
    <message>
        <source>You can unlock sign-in for this person only if you own every restaurant they work at. An owner of their other restaurants can unlock it, or the lock ends by itself within 15 minutes.</source>
        <translation>Vous ne pouvez débloquer la connexion de cette personne que si vous êtes propriétaire de tous les restaurants où elle travaille. Un propriétaire de ses autres restaurants peut la débloquer, sinon le blocage prend fin de lui-même dans les 15 minutes.</translation>
    </message>
    <message>
        <source>This staff member was not found in this restaurant. Reload the staff list and try again.</source>
        <translation>Ce membre du personnel est introuvable dans ce restaurant. Actualisez la liste du personnel et réessayez.</translation>
    </message>
    <message>
        <source>Staff members cannot be deleted. Deactivate them instead.</source>
        <translation>Les membres du personnel ne peuvent pas être supprimés. Désactivez-les plutôt.</translation>
    </message>
    <message>
        <source>This person already has this role in the restaurant.</source>
        <translation>Cette personne a déjà ce rôle dans le restaurant.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself. Ask another owner to do it.</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même. Demandez-le à un autre propriétaire.</translation>
    </message>
    <message>
        <source>The database rejected a value. Check the fields and try again.</source>
        <translation>La base de données a refusé une valeur. Vérifiez les champs et réessayez.</translation>
    </message>
    <message>
        <source>This phone number has no account yet. Enter an initial password for the person.</source>
        <translation>Ce numéro de téléphone n’a pas encore de compte. Saisissez un mot de passe initial pour cette personne.</translation>
    </message>
    <message>
        <source>The current password is wrong. Type it again.</source>
        <translation>Le mot de passe actuel est incorrect. Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it. Reload it to see their changes, then make yours again.</source>
        <translation>Quelqu’un d’autre a modifié cette fiche pendant que vous la modifiiez. Rechargez-la pour voir ses changements, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Your changes were not saved; try again in a moment.</source>
        <translation>La base de données est injoignable. Vos modifications n’ont pas été enregistrées&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database reported an unexpected error. Your changes were not saved; try again, and if it persists, see the log for details.</source>
        <translation>La base de données a signalé une erreur inattendue. Vos modifications n’ont pas été enregistrées&#xa0;; réessayez et, si l’erreur persiste, consultez le journal pour plus de détails.</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Remember sign-ins</source>
        <translation>Mémoriser les connexions</translation>
    </message>
    <message>
        <source>Lock after (minutes)</source>
        <translation>Verrouillage après (minutes)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
</context>
<context>
    <name>EditStaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Modifier un membre du personnel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Numéro de &amp;téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Vous ne pouvez pas changer votre propre rôle.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Membre du personnel modifié</translation>
    </message>
    <message>
        <source>Someone else saved this staff member while you were editing. Load their version? Your changes in this form will be replaced.</source>
        <translation>Quelqu’un d’autre a enregistré ce membre du personnel pendant que vous le modifiiez. Charger sa version&#xa0;? Vos modifications dans ce formulaire seront remplacées.</translation>
    </message>
    <message>
        <source>&amp;Load their version</source>
        <translation>&amp;Charger sa version</translation>
    </message>
    <message>
        <source>These are the current details. Make your changes again and save.</source>
        <translation>Voici les informations actuelles. Refaites vos modifications, puis enregistrez.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>IsolationCheck</name>
    <message>
        <source>The check of %1 failed, so the isolation check is incomplete: %2</source>
        <translation>La vérification de %1 a échoué, la vérification de l’isolation est donc incomplète&#xa0;: %2</translation>
    </message>
    <message>
        <source>The application role %1 does not exist.</source>
        <translation>Le rôle de l’application %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The application role %1 is a superuser, so row-level security and every permission check are skipped for it.</source>
        <translation>Le rôle de l’application %1 est superutilisateur&#xa0;: la sécurité au niveau des lignes et tous les contrôles de droits l’ignorent.</translation>
    </message>
    <message>
        <source>The application role %1 has BYPASSRLS, so row-level security does not apply to it.</source>
        <translation>Le rôle de l’application %1 a l’attribut BYPASSRLS&#xa0;: la sécurité au niveau des lignes ne s’applique pas à lui.</translation>
    </message>
    <message>
        <source>The application role %1 owns %2. It must own nothing, because an owner can change the object&apos;s policies and grants.</source>
        <translation>Le rôle de l’application %1 est propriétaire de %2. Il ne doit rien posséder, car un propriétaire peut modifier les politiques et les droits de l’objet.</translation>
    </message>
    <message>
        <source>The application role %1 is a member of role %2, so it can act with that role&apos;s privileges through SET ROLE.</source>
        <translation>Le rôle de l’application %1 est membre du rôle %2&#xa0;: il peut agir avec les droits de ce rôle grâce à SET ROLE.</translation>
    </message>
    <message>
        <source>The application role %1 may create temporary objects in database %2. A temporary type named like a built-in one takes precedence inside SECURITY DEFINER functions and can run code with their rights.</source>
        <translation>Le rôle de l’application %1 peut créer des objets temporaires dans la base %2. Un type temporaire qui porte le nom d’un type intégré est prioritaire dans les fonctions SECURITY DEFINER et peut exécuter du code avec leurs droits.</translation>
    </message>
    <message>
        <source>The application role %1 may create objects in schema %2.</source>
        <translation>Le rôle de l’application %1 peut créer des objets dans le schéma %2.</translation>
    </message>
    <message>
        <source>The application role %1 may read %2, which holds verifiers, tokens or keys that only the sign-in functions may read.</source>
        <translation>Le rôle de l’application %1 peut lire %2, qui contient des vérificateurs, des jetons ou des clés que seules les fonctions de connexion peuvent lire.</translation>
    </message>
    <message>
        <source>Table %1 does not enable row-level security, so its policies are ignored and every row is visible.</source>
        <translation>La table %1 n’active pas la sécurité au niveau des lignes&#xa0;: ses politiques sont ignorées et toutes ses lignes sont visibles.</translation>
    </message>
    <message>
        <source>Table %1 does not force row-level security, so its owner and views owned by that owner skip the policies.</source>
        <translation>La table %1 n’impose pas la sécurité au niveau des lignes&#xa0;: son propriétaire et les vues qui lui appartiennent contournent les politiques.</translation>
    </message>
    <message>
        <source>Materialized view %1 stores rows outside row-level security, because a materialized view cannot use security_invoker.</source>
        <translation>La vue matérialisée %1 stocke des lignes hors de la sécurité au niveau des lignes, car une vue matérialisée ne peut pas utiliser security_invoker.</translation>
    </message>
    <message>
        <source>View %1 does not use security_invoker, so it reads its tables with its owner&apos;s rights and may skip their row-level security.</source>
        <translation>La vue %1 n’utilise pas security_invoker&#xa0;: elle lit ses tables avec les droits de son propriétaire et peut contourner leur sécurité au niveau des lignes.</translation>
    </message>
    <message>
        <source>SECURITY DEFINER function %1 does not fix its search_path, so the caller&apos;s search_path decides which objects it uses.</source>
        <translation>La fonction SECURITY DEFINER %1 ne fixe pas son search_path&#xa0;: c’est le search_path de l’appelant qui décide des objets qu’elle utilise.</translation>
    </message>
    <message>
        <source>PUBLIC may execute function %1. Revoke it from PUBLIC and grant it only to the roles that need it.</source>
        <translation>PUBLIC peut exécuter la fonction %1. Retirez ce droit à PUBLIC et accordez-le seulement aux rôles qui en ont besoin.</translation>
    </message>
</context>
<context>
    <name>KeyDerivation</name>
    <message>
        <source>This computer does not have enough free memory to check the password securely. Close other programs and try again.</source>
        <translation>Cet ordinateur n’a pas assez de mémoire libre pour vérifier le mot de passe de façon sûre. Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The server asked for password settings this version does not support. Update RESTO360 Back Office or ask your administrator.</source>
        <translation>Le serveur demande des réglages de mot de passe que cette version ne prend pas en charge. Mettez à jour RESTO360 Back Office ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>The encryption library could not start. Reinstall RESTO360 Back Office.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer. Réinstallez RESTO360 Back Office.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>The bundled database cannot run as root (the administrator account). Start RESTO360 Back Office as your normal user.</source>
        <translation>La base de données intégrée ne peut pas fonctionner en root (le compte administrateur). Lancez RESTO360 Back Office avec votre compte habituel.</translation>
    </message>
    <message>
        <source>PostgreSQL 15 is not installed, and the bundled database needs it. Install the package postgresql-15 (sudo apt install postgresql-15), or set RESTO360_PG_BIN to the folder that holds initdb and pg_ctl.</source>
        <translation>PostgreSQL 15 n’est pas installé, et la base de données intégrée en a besoin. Installez le paquet postgresql-15 (sudo apt install postgresql-15), ou indiquez dans RESTO360_PG_BIN le dossier qui contient initdb et pg_ctl.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created or written. Check that the disk is not full and that you may write there.</source>
        <translation>Le dossier de données %1 ne peut être ni créé ni modifié. Vérifiez que le disque n’est pas plein et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The bundled database could not be created in %1. Check the free disk space, then start the application again.</source>
        <translation>La base de données intégrée n’a pas pu être créée dans %1. Vérifiez l’espace disque libre, puis relancez l’application.</translation>
    </message>
    <message>
        <source>The bundled database did not start. Its log is %1; restart the computer if another copy may still be running.</source>
        <translation>La base de données intégrée n’a pas démarré. Son journal est %1&#xa0;; redémarrez l’ordinateur si une autre copie tourne peut-être encore.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>This window is locked because nobody used it for a while. Type your password to go on, or switch user so that someone else can sign in.</source>
        <translation>Cette fenêtre est verrouillée car personne ne l’a utilisée depuis un moment. Saisissez votre mot de passe pour continuer, ou changez d’utilisateur pour qu’une autre personne se connecte.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Changer d’utilisateur</translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in</source>
        <translation>Se déconnecter et laisser une autre personne se connecter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>%1 is signed in at %2 as %3.</source>
        <comment>person, restaurant, role</comment>
        <translation>%1 est connecté(e) à %2 en tant que %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>S&amp;witch restaurant or role…</source>
        <translation>&amp;Changer de restaurant ou de rôle…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>Se déconnecter &amp;partout…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About RESTO360 Back Office</source>
        <translation>À &amp;propos de RESTO360 Back Office</translation>
    </message>
    <message>
        <source>You have no other restaurant or role to switch to.</source>
        <translation>Vous n’avez pas d’autre restaurant ni d’autre rôle.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Se déconnecter partout</translation>
    </message>
    <message>
        <source>Sign out on this computer and on every other computer where you are signed in?</source>
        <translation>Se déconnecter sur cet ordinateur et sur tous les autres ordinateurs où vous êtes connecté(e)&#xa0;?</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere</source>
        <translation>Se déconnecter &amp;partout</translation>
    </message>
    <message>
        <source>About RESTO360 Back Office</source>
        <translation>À propos de RESTO360 Back Office</translation>
    </message>
    <message>
        <source>RESTO360 Back Office %1

Restaurant owners and managers add their staff, give each person a role and keep the restaurant&apos;s settings here.</source>
        <translation>RESTO360 Back Office %1

Les propriétaires et les gérants de restaurant y ajoutent leur personnel, donnent un rôle à chacun et tiennent à jour les paramètres du restaurant.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <comment>restaurant — person, role</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Dismiss the clock warning</source>
        <translation>Fermer l’avertissement sur l’horloge</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind. Set the right date and time in the computer&apos;s settings; sign-in and everything else keep working meanwhile.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur retarde de %n minute. Réglez la bonne date et la bonne heure dans les paramètres de l’ordinateur&#xa0;; en attendant, la connexion et tout le reste fonctionnent.</numerusform>
            <numerusform>L’horloge de cet ordinateur retarde de %n minutes. Réglez la bonne date et la bonne heure dans les paramètres de l’ordinateur&#xa0;; en attendant, la connexion et tout le reste fonctionnent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead. Set the right date and time in the computer&apos;s settings; sign-in and everything else keep working meanwhile.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur avance de %n minute. Réglez la bonne date et la bonne heure dans les paramètres de l’ordinateur&#xa0;; en attendant, la connexion et tout le reste fonctionnent.</numerusform>
            <numerusform>L’horloge de cet ordinateur avance de %n minutes. Réglez la bonne date et la bonne heure dans les paramètres de l’ordinateur&#xa0;; en attendant, la connexion et tout le reste fonctionnent.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>Connexion à la &amp;base de données…</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>The new connection settings apply when RESTO360 Back Office starts again.</source>
        <translation>Les nouveaux paramètres de connexion s’appliqueront au prochain démarrage de RESTO360 Back Office.</translation>
    </message>
    <message>
        <source>Connection to the database lost. Reconnecting…</source>
        <translation>Connexion à la base de données perdue. Reconnexion…</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion en cours</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
</context>
<context>
    <name>MembershipPage</name>
    <message>
        <source>Where do you work now?</source>
        <translation>Où travaillez-vous maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>You work at several restaurants or hold several roles. Choose one; you can switch later from the Session menu.</source>
        <translation>Vous travaillez dans plusieurs restaurants ou avez plusieurs rôles. Choisissez-en un&#xa0;; vous pourrez changer plus tard depuis le menu Session.</translation>
    </message>
    <message>
        <source>Restaurants and roles</source>
        <translation>Restaurants et rôles</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>restaurant name, then role</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuel)</translation>
    </message>
</context>
<context>
    <name>OwnerWizardPage</name>
    <message>
        <source>Owner account</source>
        <translation>Compte du propriétaire</translation>
    </message>
    <message>
        <source>The owner signs in with this phone number and password, then adds the staff.</source>
        <translation>Le propriétaire se connecte avec ce numéro de téléphone et ce mot de passe, puis ajoute le personnel.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Owner name</source>
        <translation>Nom du propriétaire</translation>
    </message>
    <message>
        <source>Your &amp;mobile phone:</source>
        <translation>Votre numéro de &amp;mobile&#xa0;:</translation>
    </message>
    <message>
        <source>Owner phone number</source>
        <translation>Numéro de téléphone du propriétaire</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>PasswordChangePage</name>
    <message>
        <source>Choose your own password</source>
        <translation>Choisissez votre propre mot de passe</translation>
    </message>
    <message>
        <source>Someone else set your current password. Replace it with one only you know before you continue.</source>
        <translation>Votre mot de passe actuel a été choisi par quelqu’un d’autre. Remplacez-le par un mot de passe connu de vous seul avant de continuer.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Enregistrer le mot de passe</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Enregistrer le mot de passe</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <source>The two passwords are different. Type the same password in both fields.</source>
        <translation>Les deux mots de passe sont différents. Saisissez le même mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <source>This password meets the rules.</source>
        <translation>Ce mot de passe respecte les règles.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters, not only digits, and without the phone number or the name.</source>
        <translation>
            <numerusform>Au moins %n caractère, pas uniquement des chiffres, et sans le numéro de téléphone ni le nom.</numerusform>
            <numerusform>Au moins %n caractères, pas uniquement des chiffres, et sans le numéro de téléphone ni le nom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe doit contenir au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit contenir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password cannot be only digits. Add letters or other characters.</source>
        <translation>Le mot de passe ne peut pas contenir que des chiffres. Ajoutez des lettres ou d’autres caractères.</translation>
    </message>
    <message>
        <source>This password is one of the most common ones and easy to guess. Choose a phrase of a few words that only you would think of.</source>
        <translation>Ce mot de passe fait partie des plus courants et se devine facilement. Choisissez une phrase de quelques mots à laquelle vous seul penseriez.</translation>
    </message>
    <message>
        <source>The password cannot contain your phone number, your name or the restaurant&apos;s name.</source>
        <translation>Le mot de passe ne peut contenir ni le numéro de téléphone, ni le nom de la personne, ni celui du restaurant.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number, for example 07 00 00 00 01.</source>
        <translation>Saisissez un numéro de téléphone, par exemple 07 00 00 00 01.</translation>
    </message>
    <message>
        <source>This is not a phone number. Type only digits, for example 07 00 00 00 01, or + and the country code for a number outside Côte d&apos;Ivoire.</source>
        <translation>Ceci n’est pas un numéro de téléphone. Saisissez uniquement des chiffres, par exemple 07 00 00 00 01, ou + et l’indicatif du pays pour un numéro hors de Côte d’Ivoire.</translation>
    </message>
    <message>
        <source>Ivorian numbers have had 10 digits since 2021, for example 07 00 00 00 01. Add the two-digit prefix in front of the old 8-digit number.</source>
        <translation>Les numéros ivoiriens ont 10 chiffres depuis 2021, par exemple 07 00 00 00 01. Ajoutez le préfixe à deux chiffres devant l’ancien numéro à 8 chiffres.</translation>
    </message>
    <message>
        <source>This phone number does not exist. Check the digits; for a number outside Côte d&apos;Ivoire, start with + and the country code, for example +221 77 000 00 01.</source>
        <translation>Ce numéro de téléphone n’existe pas. Vérifiez les chiffres&#xa0;; pour un numéro hors de Côte d’Ivoire, commencez par + et l’indicatif du pays, par exemple +221 77 000 00 01.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Numéro de &amp;téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer de mot de passe</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe a&amp;ctuel&#xa0;:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Co&amp;nfirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger de mot de passe</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>role at restaurant</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your password was changed. Other computers where you were signed in have been signed out.</source>
        <translation>Votre mot de passe a été changé. Vous avez été déconnecté(e) des autres ordinateurs où vous étiez connecté(e).</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;temporaire&#xa0;:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm temporary password</source>
        <translation>Confirmer le mot de passe temporaire</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Choose a temporary password for %1 and give it to them in person. They must replace it with their own at their next sign-in.</source>
        <translation>Choisissez un mot de passe temporaire pour %1 et remettez-le-lui en main propre. Cette personne devra le remplacer par le sien à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RestaurantRepository</name>
    <message>
        <source>Enter the restaurant&apos;s name.</source>
        <translation>Saisissez le nom du restaurant.</translation>
    </message>
    <message>
        <source>The restaurant&apos;s name is too long: use at most 120 characters.</source>
        <translation>Le nom du restaurant est trop long&#xa0;: 120 caractères au maximum.</translation>
    </message>
    <message>
        <source>The address is too long: use at most 500 characters.</source>
        <translation>L’adresse est trop longue&#xa0;: 500 caractères au maximum.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>Choose French or English as the default language.</source>
        <translation>Choisissez le français ou l’anglais comme langue par défaut.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>Choisissez une monnaie dans la liste.</translation>
    </message>
    <message>
        <source>Choose a lock delay between 1 and %1 minutes, or never.</source>
        <translation>Choisissez un délai de verrouillage entre 1 et %1 minutes, ou jamais.</translation>
    </message>
</context>
<context>
    <name>RestaurantWizardPage</name>
    <message>
        <source>Your restaurant</source>
        <translation>Votre restaurant</translation>
    </message>
    <message>
        <source>Tell us about the restaurant. You can change these details later in the settings.</source>
        <translation>Présentez-nous le restaurant. Vous pourrez modifier ces informations plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>Restaurant &amp;name:</source>
        <translation>&amp;Nom du restaurant&#xa0;:</translation>
    </message>
    <message>
        <source>Restaurant name</source>
        <translation>Nom du restaurant</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Restaurant phone</source>
        <translation>Téléphone du restaurant</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Langue par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>CFA franc (XOF)</source>
        <translation>Franc CFA (XOF)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Kitchen staff</source>
        <translation>Personnel de cuisine</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>The database was set up for an older version of RESTO360 Back Office (schema %1, this version needs %2). Ask the server&apos;s administrator to run &quot;resto360-backoffice --upgrade-server&quot;, then start the application again.</source>
        <translation>La base de données a été préparée pour une version plus ancienne de RESTO360 Back Office (schéma %1, cette version demande le %2). Demandez à l’administrateur du serveur de lancer «&#xa0;resto360-backoffice --upgrade-server&#xa0;», puis redémarrez l’application.</translation>
    </message>
    <message>
        <source>The database was set up by a newer version of RESTO360 Back Office (schema %1, this version knows %2). Install the newest version of the application on this computer.</source>
        <translation>La base de données a été préparée par une version plus récente de RESTO360 Back Office (schéma %1, cette version connaît le %2). Installez la dernière version de l’application sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The version of the database cannot be read. Check that the server is set up for RESTO360 Back Office and reachable, then try again.</source>
        <translation>Impossible de lire la version de la base de données. Vérifiez que le serveur est préparé pour RESTO360 Back Office et joignable, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>This PC&apos;s keychain is unavailable or refused access, so a saved sign-in could not be read from it. Sign in with your password; check that the keychain (for example GNOME Keyring or KWallet) is installed and unlocked.</source>
        <translation>Le trousseau de ce PC est indisponible ou a refusé l’accès&#xa0;: la connexion mémorisée n’a pas pu y être lue. Connectez-vous avec votre mot de passe et vérifiez que le trousseau (par exemple GNOME Keyring ou KWallet) est installé et déverrouillé.</translation>
    </message>
    <message>
        <source>This PC&apos;s keychain is unavailable or refused access, so this PC cannot remember your sign-in and you will sign in again next time. Nothing was saved elsewhere; check that the keychain is installed and unlocked.</source>
        <translation>Le trousseau de ce PC est indisponible ou a refusé l’accès&#xa0;: ce PC ne peut pas mémoriser votre connexion et vous devrez vous reconnecter la prochaine fois. Rien n’a été enregistré ailleurs&#xa0;; vérifiez que le trousseau est installé et déverrouillé.</translation>
    </message>
    <message>
        <source>This PC&apos;s keychain is unavailable or refused access, so a saved sign-in could not be removed from it. Check that the keychain is installed and unlocked, then sign out again.</source>
        <translation>Le trousseau de ce PC est indisponible ou a refusé l’accès&#xa0;: la connexion mémorisée n’a pas pu en être retirée. Vérifiez que le trousseau est installé et déverrouillé, puis déconnectez-vous à nouveau.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Use either --setup-server or --upgrade-server, not both.</source>
        <translation>Utilisez --setup-server ou --upgrade-server, pas les deux.</translation>
    </message>
    <message>
        <source>Warning: the server URL contains a password, which other programs on this computer can read. Use PGPASSWORD or type it when asked instead.</source>
        <translation>Attention&#xa0;: l’adresse du serveur contient un mot de passe, que les autres programmes de cet ordinateur peuvent lire. Utilisez plutôt PGPASSWORD, ou tapez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>Password of %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>Cannot read the file &quot;%1&quot; named by %2: %3.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;» indiqué par %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; named by %2 is empty.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» indiqué par %2 est vide.</translation>
    </message>
    <message>
        <source>The owner&apos;s password is missing: run the command on a terminal, or name a file holding it with RESTO360_OWNER_PASSWORD_FILE.</source>
        <translation>Le mot de passe du propriétaire manque&#xa0;: lancez la commande dans un terminal, ou indiquez un fichier qui le contient avec RESTO360_OWNER_PASSWORD_FILE.</translation>
    </message>
    <message>
        <source>Owner&apos;s password: </source>
        <translation>Mot de passe du propriétaire&#xa0;: </translation>
    </message>
    <message>
        <source>Owner&apos;s password again: </source>
        <translation>Mot de passe du propriétaire, une deuxième fois&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed; run the command again.</source>
        <translation>Les deux mots de passe diffèrent. Rien n’a été modifié&#xa0;; relancez la commande.</translation>
    </message>
    <message>
        <source>Restaurant name: </source>
        <translation>Nom du restaurant&#xa0;: </translation>
    </message>
    <message>
        <source>Owner&apos;s name: </source>
        <translation>Nom du propriétaire&#xa0;: </translation>
    </message>
    <message>
        <source>Owner&apos;s phone number: </source>
        <translation>Numéro de téléphone du propriétaire&#xa0;: </translation>
    </message>
    <message>
        <source>The restaurant&apos;s name, the owner&apos;s name and phone number are missing: give them with --restaurant-name, --owner-name and --owner-phone, or run the command on a terminal.</source>
        <translation>Il manque le nom du restaurant, le nom et le numéro de téléphone du propriétaire&#xa0;: donnez-les avec --restaurant-name, --owner-name et --owner-phone, ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Password of the login resto360_app, to enter in the connection settings of each computer (it is shown only now): %1</source>
        <translation>Mot de passe du compte de connexion resto360_app, à saisir dans les paramètres de connexion de chaque ordinateur (il n’est affiché que maintenant)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the backup file &quot;%1&quot;.</source>
        <translation>Impossible de lire le fichier de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>RESTO360 Back Office is running. Close it, then run the command again.</source>
        <translation>RESTO360 Back Office est ouvert. Fermez-le, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Restoring a backup needs a confirmation: run the command on a terminal.</source>
        <translation>La restauration d’une sauvegarde demande une confirmation&#xa0;: lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Replace all current data with the backup &quot;%1&quot;? Type &quot;%2&quot; to confirm: </source>
        <translation>Remplacer toutes les données actuelles par la sauvegarde «&#xa0;%1&#xa0;»&#xa0;? Tapez «&#xa0;%2&#xa0;» pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Saved the current data as &quot;%1&quot;.</source>
        <translation>Données actuelles enregistrées dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The backup was restored, but the application cannot use it. The data from before is kept in the database &quot;%1&quot;; send the log to your support contact.</source>
        <translation>La sauvegarde a été restaurée, mais l’application ne peut pas l’utiliser. Les données d’avant sont conservées dans la base de données «&#xa0;%1&#xa0;»&#xa0;; envoyez le journal à votre contact d’assistance.</translation>
    </message>
    <message>
        <source>Restored the backup &quot;%1&quot;.</source>
        <translation>Sauvegarde «&#xa0;%1&#xa0;» restaurée.</translation>
    </message>
</context>
<context>
    <name>ServerConnector</name>
    <message>
        <source>The password of the server is not in this PC&apos;s keychain. Open Database connection and type it again.</source>
        <translation>Le mot de passe du serveur n’est pas dans le trousseau de ce PC. Ouvrez Connexion à la base de données et saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>This PC has no keychain, so the server password cannot be read.</source>
        <translation>Ce PC n’a pas de trousseau, le mot de passe du serveur ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>RESTO360 Back Office cannot connect to the server %1:%2. Check the connection settings and the network, then start the application again.</source>
        <translation>RESTO360 Back Office ne peut pas se connecter au serveur %1:%2. Vérifiez les paramètres de connexion et le réseau, puis redémarrez l’application.</translation>
    </message>
</context>
<context>
    <name>ServerProvisioning</name>
    <message>
        <source>The database &quot;%1&quot; is up to date (schema %2): no migration to apply.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est à jour (schéma %2)&#xa0;: aucune migration à appliquer.</translation>
    </message>
    <message>
        <source>Applied the migrations %1 to the database &quot;%2&quot;.</source>
        <translation>Migrations %1 appliquées à la base de données «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The login resto360_app keeps its password.</source>
        <translation>Le compte de connexion resto360_app garde son mot de passe.</translation>
    </message>
    <message>
        <source>Set the password of the login resto360_app from the given file.</source>
        <translation>Mot de passe du compte de connexion resto360_app défini à partir du fichier indiqué.</translation>
    </message>
    <message>
        <source>Generated a password for the login resto360_app.</source>
        <translation>Un mot de passe a été généré pour le compte de connexion resto360_app.</translation>
    </message>
    <message>
        <source>The restaurant &quot;%1&quot; already exists: it was left unchanged.</source>
        <translation>Le restaurant «&#xa0;%1&#xa0;» existe déjà&#xa0;: il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Created the restaurant &quot;%1&quot; and its owner %2.</source>
        <translation>Restaurant «&#xa0;%1&#xa0;» créé, avec son propriétaire %2.</translation>
    </message>
    <message numerus="yes">
        <source>Created the demo restaurant &quot;%1&quot; with %n account(s).</source>
        <translation>
            <numerusform>Restaurant de démonstration «&#xa0;%1&#xa0;» créé, avec %n compte.</numerusform>
            <numerusform>Restaurant de démonstration «&#xa0;%1&#xa0;» créé, avec %n comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo restaurant &quot;%1&quot; is already there: it was left unchanged.</source>
        <translation>Le restaurant de démonstration «&#xa0;%1&#xa0;» existe déjà&#xa0;: il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Sign in to the demo restaurant as its owner with the phone number %1 and the password %2, which every demo account shares.</source>
        <translation>Connectez-vous au restaurant de démonstration comme propriétaire, avec le numéro %1 et le mot de passe %2, commun à tous les comptes de démonstration.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; is invalid: use 1 to 63 lower-case letters, digits and underscores, not starting with a digit. Nothing was changed.</source>
        <translation>Le nom de base de données «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: utilisez de 1 à 63 lettres minuscules, chiffres et tirets bas, sans chiffre au début. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1 as %2, so nothing was changed. Check the host, the port, the user name and the password (PGPASSWORD or the terminal), and that the server accepts connections from this computer. %3</source>
        <translation>Impossible de se connecter au serveur %1 en tant que %2, donc rien n’a été modifié. Vérifiez l’hôte, le port, le nom d’utilisateur et le mot de passe (PGPASSWORD ou le terminal), et que le serveur accepte les connexions de cet ordinateur. %3</translation>
    </message>
    <message>
        <source>The database %1 does not exist on this server. Check the name, or run --setup-server to create it.</source>
        <translation>La base de données %1 n’existe pas sur ce serveur. Vérifiez le nom, ou lancez --setup-server pour la créer.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The migration %1 failed on the database &quot;%2&quot;. It was rolled back with the other migrations of this run, so the schema of the database is unchanged. Send this message to your support contact. %3</source>
        <translation>La migration %1 a échoué sur la base de données «&#xa0;%2&#xa0;». Elle a été annulée avec les autres migrations de cette exécution, donc le schéma de la base de données n’a pas changé. Envoyez ce message à votre contact d’assistance. %3</translation>
    </message>
    <message>
        <source>Cannot create the roles or the database &quot;%1&quot; on %2. Check that %3 is a superuser of that server. %4</source>
        <translation>Impossible de créer les rôles ou la base de données «&#xa0;%1&#xa0;» sur %2. Vérifiez que %3 est un superutilisateur de ce serveur. %4</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1 as %2. %3</source>
        <translation>Impossible de se connecter au serveur %1 en tant que %2. %3</translation>
    </message>
    <message>
        <source>Cannot set the password of the login resto360_app. %1</source>
        <translation>Impossible de définir le mot de passe du compte de connexion resto360_app. %1</translation>
    </message>
    <message>
        <source>Cannot look up the owner&apos;s phone number. %1</source>
        <translation>Impossible de rechercher le numéro de téléphone du propriétaire. %1</translation>
    </message>
    <message>
        <source>Created the restaurant &quot;%1&quot; and gave it to the existing account of the phone number %2 as its owner.</source>
        <translation>Restaurant «&#xa0;%1&#xa0;» créé et confié, comme propriétaire, au compte existant du numéro %2.</translation>
    </message>
    <message>
        <source>Created the restaurant &quot;%1&quot; and gave it to the existing account of the phone number %2 (%3 in the restaurant &quot;%4&quot;) as its owner, listed as %5.</source>
        <translation>Restaurant «&#xa0;%1&#xa0;» créé et confié, comme propriétaire, au compte existant du numéro %2 (%3 dans le restaurant «&#xa0;%4&#xa0;»), qui y figure sous le nom %5.</translation>
    </message>
    <message>
        <source>That account keeps its password: the owner&apos;s password given to this command was not used.</source>
        <translation>Ce compte garde son mot de passe&#xa0;: le mot de passe du propriétaire donné à cette commande n’a pas été utilisé.</translation>
    </message>
    <message>
        <source>Warning: that account has the published demo password %1, so anyone can sign in as the owner of &quot;%2&quot;. Sign in with it now and change the password.</source>
        <translation>Attention&#xa0;: ce compte a le mot de passe de démonstration publié %1, donc n’importe qui peut se connecter comme propriétaire de «&#xa0;%2&#xa0;». Connectez-vous avec ce mot de passe maintenant et changez-le.</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Invalid server URL &quot;%1&quot;. Write it as postgresql://user@host:port/database?sslmode=verify-full.</source>
        <translation>Adresse de serveur «&#xa0;%1&#xa0;» non valide. Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The server URL must name the host and the administrator, as in postgresql://admin@host/resto360.</source>
        <translation>L’adresse du serveur doit indiquer l’hôte et l’administrateur, comme dans postgresql://admin@hote/resto360.</translation>
    </message>
    <message>
        <source>Unsupported server URL parameter &quot;%1&quot;. Use only sslmode, sslrootcert, sslcert, sslkey and sslcrl.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;» non pris en charge dans l’adresse du serveur. Utilisez seulement sslmode, sslrootcert, sslcert, sslkey et sslcrl.</translation>
    </message>
    <message>
        <source>Invalid value for the server URL parameter &quot;%1&quot;: it must not be empty or contain spaces, quotes or backslashes.</source>
        <translation>Valeur non valide pour le paramètre «&#xa0;%1&#xa0;» de l’adresse du serveur&#xa0;: elle ne doit pas être vide ni contenir d’espaces, de guillemets ou de barres obliques inverses.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Too many failed attempts with this phone number. Try again at %1.</source>
        <translation>Trop de tentatives échouées avec ce numéro de téléphone. Réessayez à %1.</translation>
    </message>
    <message>
        <source>The phone number or the password is wrong. Check both and try again.</source>
        <translation>Le numéro de téléphone ou le mot de passe est incorrect. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>Your account is not active in any restaurant. Ask the restaurant&apos;s owner to reactivate it.</source>
        <translation>Votre compte n’est actif dans aucun restaurant. Demandez au propriétaire du restaurant de le réactiver.</translation>
    </message>
    <message>
        <source>This membership is no longer active. Choose another one or ask the restaurant&apos;s owner.</source>
        <translation>Cette affectation n’est plus active. Choisissez-en une autre ou adressez-vous au propriétaire du restaurant.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your access to this restaurant was removed. Sign in again.</source>
        <translation>Votre accès à ce restaurant a été retiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your restaurant does not let computers remember sign-ins. Sign in with your password.</source>
        <translation>Votre restaurant ne permet pas aux ordinateurs de mémoriser les connexions. Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Your saved sign-in has ended. Sign in with your password.</source>
        <translation>Votre connexion mémorisée a pris fin. Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Too many failed attempts with this phone number. Try again at %1, or choose Switch user.</source>
        <translation>Trop de tentatives échouées avec ce numéro de téléphone. Réessayez à %1, ou choisissez Changer d’utilisateur.</translation>
    </message>
    <message>
        <source>The password is wrong. Type it again, or choose Switch user.</source>
        <translation>Le mot de passe est incorrect. Saisissez-le à nouveau, ou choisissez Changer d’utilisateur.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be found in this computer&apos;s keychain: it was removed, or the keychain is locked. Sign in with your password.</source>
        <translation>Votre connexion mémorisée est introuvable dans le trousseau de cet ordinateur&#xa0;: elle a été supprimée, ou le trousseau est verrouillé. Connectez-vous avec votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restaurant &amp;name:</source>
        <translation>&amp;Nom du restaurant&#xa0;:</translation>
    </message>
    <message>
        <source>Restaurant name</source>
        <translation>Nom du restaurant</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Restaurant phone</source>
        <translation>Téléphone du restaurant</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Langue par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Les paramètres ont été enregistrés.</translation>
    </message>
    <message>
        <source>CFA franc (XOF)</source>
        <translation>Franc CFA (XOF)</translation>
    </message>
    <message>
        <source>Only an owner can change these settings.</source>
        <translation>Seul un propriétaire peut modifier ces paramètres.</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Someone else saved the restaurant&apos;s settings while you were editing. Load their version? Your changes on this page will be replaced.</source>
        <translation>Quelqu’un d’autre a enregistré les paramètres du restaurant pendant que vous les modifiiez. Charger sa version&#xa0;? Vos modifications sur cette page seront remplacées.</translation>
    </message>
    <message>
        <source>&amp;Load their version</source>
        <translation>&amp;Charger sa version</translation>
    </message>
    <message>
        <source>These are the current settings. Make your changes again and save.</source>
        <translation>Voici les paramètres actuels. Refaites vos modifications, puis enregistrez.</translation>
    </message>
    <message>
        <source>Sign-ins:</source>
        <translation>Connexions&#xa0;:</translation>
    </message>
    <message>
        <source>Computers may &amp;remember sign-ins</source>
        <translation>Les ordinateurs peuvent &amp;mémoriser les connexions</translation>
    </message>
    <message>
        <source>Computers may remember sign-ins</source>
        <translation>Les ordinateurs peuvent mémoriser les connexions</translation>
    </message>
    <message>
        <source>Turn this off when several people share a computer: everyone then types their password each time the application starts.</source>
        <translation>Désactivez cette option quand plusieurs personnes partagent un ordinateur&#xa0;: chacun saisit alors son mot de passe à chaque démarrage de l’application.</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation>&amp;Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes without use before the window locks</source>
        <translation>Minutes sans utilisation avant le verrouillage de la fenêtre</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>lock when idle</comment>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation>&#xa0;min</translation>
    </message>
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>Enter the restaurant&apos;s name.</source>
        <translation>Saisissez le nom du restaurant.</translation>
    </message>
    <message>
        <source>The restaurant&apos;s name is too long: use at most 120 characters.</source>
        <translation>Le nom du restaurant est trop long&#xa0;: 120 caractères au maximum.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s name.</source>
        <translation>Saisissez le nom du propriétaire.</translation>
    </message>
    <message>
        <source>The owner&apos;s name is too long: use at most 120 characters.</source>
        <translation>Le nom du propriétaire est trop long&#xa0;: 120 caractères au maximum.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to RESTO360 Back Office</source>
        <translation>Bienvenue dans RESTO360 Back Office</translation>
    </message>
    <message>
        <source>&amp;Create the restaurant</source>
        <translation>C&amp;réer le restaurant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Create the restaurant</source>
        <translation>Créer le restaurant</translation>
    </message>
    <message>
        <source>Cancel setup</source>
        <translation>Annuler la configuration</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Use the mobile phone number and password of your account.</source>
        <translation>Utilisez le numéro de mobile et le mot de passe de votre compte.</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Numéro de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Database connection…</source>
        <translation>Connexion à la &amp;base de données…</translation>
    </message>
    <message>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Search staff</source>
        <translation>Rechercher dans le personnel</translation>
    </message>
    <message>
        <source>Search by name or phone number</source>
        <translation>Rechercher par nom ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Show deactivated staff</source>
        <translation>Afficher le personnel désactivé</translation>
    </message>
    <message>
        <source>Reload the staff list</source>
        <translation>Actualiser la liste du personnel</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected staff member</source>
        <translation>Modifier le membre du personnel sélectionné</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected staff member</source>
        <translation>Désactiver ou réactiver le membre du personnel sélectionné</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Reset the password of the selected staff member</source>
        <translation>Réinitialiser le mot de passe du membre du personnel sélectionné</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Ce membre du personnel n’existe plus.</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>Les modifications ont été enregistrées.</translation>
    </message>
    <message>
        <source>%1 has a temporary password now and must replace it at their next sign-in.</source>
        <translation>%1 a maintenant un mot de passe temporaire et devra le remplacer à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Deactivate a staff member</source>
        <translation>Désactiver un membre du personnel</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in to this restaurant. You can reactivate them later.</source>
        <translation>Désactiver %1&#xa0;? Cette personne ne pourra plus se connecter à ce restaurant. Vous pourrez la réactiver plus tard.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 a été désactivé(e).</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 a été réactivé(e).</translation>
    </message>
    <message>
        <source>Staff list out of date</source>
        <translation>Liste du personnel périmée</translation>
    </message>
    <message>
        <source>Someone else changed this staff member. Reload the list to see the current details?</source>
        <translation>Quelqu’un d’autre a modifié ce membre du personnel. Actualiser la liste pour voir les informations actuelles&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>The list was reloaded. Check the staff member and try again.</source>
        <translation>La liste a été actualisée. Vérifiez le membre du personnel et réessayez.</translation>
    </message>
    <message>
        <source>Sho&amp;w deactivated staff</source>
        <translation>Affic&amp;her le personnel désactivé</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Sign out e&amp;verywhere…</source>
        <translation>Déconnecter &amp;partout…</translation>
    </message>
    <message>
        <source>Sign the selected staff member out on every computer</source>
        <translation>Déconnecter le membre du personnel sélectionné sur tous les ordinateurs</translation>
    </message>
    <message>
        <source>&amp;Unlock sign-in…</source>
        <translation>Dé&amp;bloquer la connexion…</translation>
    </message>
    <message>
        <source>Unlock sign-in for the selected staff member</source>
        <translation>Débloquer la connexion du membre du personnel sélectionné</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Déconnecter partout</translation>
    </message>
    <message>
        <source>Sign %1 out on every computer? They will need their password to sign in again. Do this when a phone or computer was lost or someone else may know their password.</source>
        <translation>Déconnecter %1 sur tous les ordinateurs&#xa0;? Cette personne devra saisir son mot de passe pour se reconnecter. Faites-le quand un téléphone ou un ordinateur a été perdu, ou quand quelqu’un d’autre connaît peut-être son mot de passe.</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation>&amp;Déconnecter partout</translation>
    </message>
    <message>
        <source>%1 was not signed in anywhere; nothing changed.</source>
        <translation>%1 n’était connecté(e) nulle part&#xa0;; rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was signed out on %n computer(s).</source>
        <translation>
            <numerusform>%1 a été déconnecté(e) sur %n ordinateur.</numerusform>
            <numerusform>%1 a été déconnecté(e) sur %n ordinateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock sign-in</source>
        <translation>Débloquer la connexion</translation>
    </message>
    <message>
        <source>Let %1 sign in again at once? Their failed password attempts are forgotten. Do this only when you know they are the ones who tried.</source>
        <translation>Permettre à %1 de se reconnecter tout de suite&#xa0;? Ses tentatives de mot de passe échouées sont oubliées. Ne le faites que si vous savez que c’est bien cette personne qui a essayé.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Débloquer</translation>
    </message>
    <message>
        <source>%1 can sign in again now.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 had no failed sign-ins to clear; nothing changed.</source>
        <translation>%1 n’avait aucune connexion échouée à effacer&#xa0;; rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The name is too long: use at most 120 characters.</source>
        <translation>Le nom est trop long&#xa0;: 120 caractères au maximum.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <source>To change your own password, use My profile.</source>
        <translation>Pour changer votre propre mot de passe, utilisez Mon profil.</translation>
    </message>
    <message>
        <source>Only an owner of the restaurant can reset passwords.</source>
        <translation>Seul un propriétaire du restaurant peut réinitialiser les mots de passe.</translation>
    </message>
    <message>
        <source>This person also works at a restaurant you do not own, so you cannot reset their password. They can change it themselves, or an owner of all their restaurants can reset it.</source>
        <translation>Cette personne travaille aussi dans un restaurant dont vous n’êtes pas propriétaire&#xa0;: vous ne pouvez donc pas réinitialiser son mot de passe. Elle peut le changer elle-même, ou un propriétaire de tous ses restaurants peut le réinitialiser.</translation>
    </message>
    <message>
        <source>This staff member no longer exists. Reload the list.</source>
        <translation>Ce membre du personnel n’existe plus. Actualisez la liste.</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>The CA certificate file %1 cannot be read or holds no PEM certificate. Choose the CA file the server&apos;s administrator gave you.</source>
        <translation>Le fichier de certificat d’autorité %1 est illisible ou ne contient aucun certificat PEM. Choisissez le fichier d’autorité que l’administrateur du serveur vous a remis.</translation>
    </message>
    <message>
        <source>The server %1 does not offer TLS, so the connection would not be encrypted. Ask its administrator to turn on ssl in postgresql.conf.</source>
        <translation>Le serveur %1 ne propose pas TLS, la connexion ne serait donc pas chiffrée. Demandez à son administrateur d’activer ssl dans postgresql.conf.</translation>
    </message>
    <message>
        <source>The server %1 did not answer like PostgreSQL. Check the port number.</source>
        <translation>Le serveur %1 n’a pas répondu comme PostgreSQL. Vérifiez le numéro de port.</translation>
    </message>
    <message>
        <source>This is the first connection to %1 from this PC. Compare the fingerprint with the one the server&apos;s administrator gave you.</source>
        <translation>C’est la première connexion à %1 depuis ce PC. Comparez l’empreinte avec celle que l’administrateur du serveur vous a communiquée.</translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 has changed since the last connection. Someone may be intercepting the connection. Accept the new certificate only if the server&apos;s administrator confirms they replaced it.</source>
        <translation>Attention&#xa0;: le certificat de %1 a changé depuis la dernière connexion. Quelqu’un intercepte peut-être la connexion. N’acceptez le nouveau certificat que si l’administrateur du serveur confirme l’avoir remplacé.</translation>
    </message>
    <message>
        <source>The certificate of %1 is the one this PC trusts.</source>
        <translation>Le certificat de %1 est bien celui auquel ce PC fait confiance.</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the host name.</source>
        <translation>L’hôte %1 est introuvable. Vérifiez le nom d’hôte.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection. Check the host name and port, and that PostgreSQL is running there.</source>
        <translation>Le serveur %1 a refusé la connexion. Vérifiez le nom d’hôte et le port, et que PostgreSQL y fonctionne.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. Ask the server&apos;s administrator to check its certificate.</source>
        <translation>La négociation TLS avec %1 a échoué. Demandez à l’administrateur du serveur de vérifier son certificat.</translation>
    </message>
    <message>
        <source>The connection to %1 failed. Check the host name, the port and the network.</source>
        <translation>La connexion à %1 a échoué. Vérifiez le nom d’hôte, le port et le réseau.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n seconds. Check the host name, the port and the network.</source>
        <translation>
            <numerusform>Le serveur %1 n’a pas répondu en %n seconde. Vérifiez le nom d’hôte, le port et le réseau.</numerusform>
            <numerusform>Le serveur %1 n’a pas répondu en %n secondes. Vérifiez le nom d’hôte, le port et le réseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the chosen CA certificate. Check the CA file, or ask the server&apos;s administrator for the right one.</source>
        <translation>Le certificat du serveur n’est pas signé par le certificat d’autorité choisi. Vérifiez le fichier d’autorité, ou demandez le bon à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another host name. Use the host name written in the certificate.</source>
        <translation>Le certificat du serveur a été émis pour un autre nom d’hôte. Utilisez le nom d’hôte inscrit dans le certificat.</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read. Choose the CA file again.</source>
        <translation>Le fichier de certificat d’autorité est illisible. Choisissez de nouveau le fichier d’autorité.</translation>
    </message>
    <message>
        <source>The server does not offer TLS. Ask its administrator to turn on ssl in postgresql.conf.</source>
        <translation>Le serveur ne propose pas TLS. Demandez à son administrateur d’activer ssl dans postgresql.conf.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;My profile</source>
        <translation>Mon pro&amp;fil</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Personnel</translation>
    </message>
    <message>
        <source>Restaurant setti&amp;ngs</source>
        <translation>Paramètres du restaura&amp;nt</translation>
    </message>
</context>
</TS>
