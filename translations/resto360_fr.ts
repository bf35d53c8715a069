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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>RESTO360 Back Office: staff, roles and settings of your restaurant.</source>
        <translation>RESTO360 Back Office&#xa0;: le personnel, les rôles et les paramètres de votre restaurant.</translation>
    </message>
    <message>
        <source>Create the demo restaurant if it is missing, and suggest its owner&apos;s phone number at sign-in.</source>
        <translation>Crée le restaurant de démonstration s’il n’existe pas et propose le numéro de son propriétaire à la connexion.</translation>
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
        <translation>La base de données est injoignable. Vos modifications n’ont pas été enregistrées ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database reported an unexpected error. Your changes were not saved; try again, and if it persists, see the log for details.</source>
        <translation>La base de données a signalé une erreur inattendue. Vos modifications n’ont pas été enregistrées ; réessayez et, si l’erreur persiste, consultez le journal pour plus de détails.</translation>
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
        <translation>La vérification de %1 a échoué, la vérification de l’isolation est donc incomplète : %2</translation>
    </message>
    <message>
        <source>The application role %1 does not exist.</source>
        <translation>Le rôle de l’application %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The application role %1 is a superuser, so row-level security and every permission check are skipped for it.</source>
        <translation>Le rôle de l’application %1 est superutilisateur : la sécurité au niveau des lignes et tous les contrôles de droits l’ignorent.</translation>
    </message>
    <message>
        <source>The application role %1 has BYPASSRLS, so row-level security does not apply to it.</source>
        <translation>Le rôle de l’application %1 a l’attribut BYPASSRLS : la sécurité au niveau des lignes ne s’applique pas à lui.</translation>
    </message>
    <message>
        <source>The application role %1 owns %2. It must own nothing, because an owner can change the object&apos;s policies and grants.</source>
        <translation>Le rôle de l’application %1 est propriétaire de %2. Il ne doit rien posséder, car un propriétaire peut modifier les politiques et les droits de l’objet.</translation>
    </message>
    <message>
        <source>The application role %1 is a member of role %2, so it can act with that role&apos;s privileges through SET ROLE.</source>
        <translation>Le rôle de l’application %1 est membre du rôle %2 : il peut agir avec les droits de ce rôle grâce à SET ROLE.</translation>
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
        <translation>La table %1 n’active pas la sécurité au niveau des lignes : ses politiques sont ignorées et toutes ses lignes sont visibles.</translation>
    </message>
    <message>
        <source>Table %1 does not force row-level security, so its owner and views owned by that owner skip the policies.</source>
        <translation>La table %1 n’impose pas la sécurité au niveau des lignes : son propriétaire et les vues qui lui appartiennent contournent les politiques.</translation>
    </message>
    <message>
        <source>Materialized view %1 stores rows outside row-level security, because a materialized view cannot use security_invoker.</source>
        <translation>La vue matérialisée %1 stocke des lignes hors de la sécurité au niveau des lignes, car une vue matérialisée ne peut pas utiliser security_invoker.</translation>
    </message>
    <message>
        <source>View %1 does not use security_invoker, so it reads its tables with its owner&apos;s rights and may skip their row-level security.</source>
        <translation>La vue %1 n’utilise pas security_invoker : elle lit ses tables avec les droits de son propriétaire et peut contourner leur sécurité au niveau des lignes.</translation>
    </message>
    <message>
        <source>SECURITY DEFINER function %1 does not fix its search_path, so the caller&apos;s search_path decides which objects it uses.</source>
        <translation>La fonction SECURITY DEFINER %1 ne fixe pas son search_path : c’est le search_path de l’appelant qui décide des objets qu’elle utilise.</translation>
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
        <translation>La base de données intégrée n’a pas démarré. Son journal est %1 ; redémarrez l’ordinateur si une autre copie tourne peut-être encore.</translation>
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
        <translation>Le nom du restaurant est trop long : 120 caractères au maximum.</translation>
    </message>
    <message>
        <source>The address is too long: use at most 500 characters.</source>
        <translation>L’adresse est trop longue : 500 caractères au maximum.</translation>
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
</context>
<context>
    <name>SetupService</name>
    <message>
        <source>Enter the restaurant&apos;s name.</source>
        <translation>Saisissez le nom du restaurant.</translation>
    </message>
    <message>
        <source>The restaurant&apos;s name is too long: use at most 120 characters.</source>
        <translation>Le nom du restaurant est trop long : 120 caractères au maximum.</translation>
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
        <translation>Le nom du propriétaire est trop long : 120 caractères au maximum.</translation>
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
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The name is too long: use at most 120 characters.</source>
        <translation>Le nom est trop long : 120 caractères au maximum.</translation>
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
        <translation>Cette personne travaille aussi dans un restaurant dont vous n’êtes pas propriétaire : vous ne pouvez donc pas réinitialiser son mot de passe. Elle peut le changer elle-même, ou un propriétaire de tous ses restaurants peut le réinitialiser.</translation>
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
