<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CmsError</name>
    <message>
        <source>The call bridge could not be reached. Check the address and port, and that the server is running.</source>
        <translation>Impossible de joindre le pont d&apos;appel. Vérifiez l&apos;adresse et le port, ainsi que le fonctionnement du serveur.</translation>
    </message>
    <message>
        <source>A secure connection to the call bridge could not be set up (%1).</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le pont d&apos;appel (%1).</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is not trusted by this computer. Check its fingerprint with the server&apos;s administrator before trusting it for this call bridge.</source>
        <translation>Le certificat du pont d&apos;appel n&apos;est pas approuvé par cet ordinateur. Vérifiez son empreinte auprès de l&apos;administrateur du serveur avant de l&apos;approuver pour ce pont d&apos;appel.</translation>
    </message>
    <message>
        <source>The call bridge presented a different certificate from the one trusted for it. Someone may be intercepting the connection, or the certificate was replaced; the connection was refused.</source>
        <translation>Le pont d&apos;appel a présenté un certificat différent de celui qui a été approuvé pour lui. Quelqu&apos;un intercepte peut-être la connexion, ou le certificat a été remplacé&#xa0;; la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted by the call bridge.</source>
        <translation>Le pont d&apos;appel n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The call bridge answered with an unexpected status (HTTP %1).</source>
        <translation>Le pont d&apos;appel a répondu avec un statut inattendu (HTTP %1).</translation>
    </message>
    <message>
        <source>The call bridge is busy and did not accept the request after several tries. Try again later.</source>
        <translation>Le pont d&apos;appel est occupé et n&apos;a pas accepté la requête après plusieurs tentatives. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The call bridge redirected the request elsewhere (HTTP %1); redirects are not followed. Check the address.</source>
        <translation>Le pont d&apos;appel a redirigé la requête ailleurs (HTTP %1)&#xa0;; les redirections ne sont pas suivies. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s reply could not be read.</source>
        <translation>Impossible de lire la réponse du pont d&apos;appel.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s reply is larger than this console accepts.</source>
        <translation>La réponse du pont d&apos;appel dépasse la taille acceptée par cette console.</translation>
    </message>
    <message>
        <source>The call bridge did not answer in time.</source>
        <translation>Le pont d&apos;appel n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a field, %2 the sentence saying what is wrong with its value</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The space does not exist (it may have been deleted).</source>
        <translation>L&apos;espace n&apos;existe pas (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>The access method does not exist (it may have been deleted).</source>
        <translation>La méthode d&apos;accès n&apos;existe pas (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>This user is not a member of the space.</source>
        <translation>Cet utilisateur n&apos;est pas membre de l&apos;espace.</translation>
    </message>
    <message>
        <source>The call profile does not exist.</source>
        <translation>Le profil d&apos;appel n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The call leg profile does not exist.</source>
        <translation>Le profil de branche d&apos;appel n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The space template does not exist.</source>
        <translation>Le modèle d&apos;espace n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The access method template does not exist.</source>
        <translation>Le modèle de méthode d&apos;accès n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The call does not exist: it may have ended.</source>
        <translation>L&apos;appel n&apos;existe pas&#xa0;: il est peut-être terminé.</translation>
    </message>
    <message>
        <source>The call leg does not exist: the participant may have left.</source>
        <translation>La branche d&apos;appel n&apos;existe pas&#xa0;: le participant est peut-être parti.</translation>
    </message>
    <message>
        <source>The participant is no longer in the call.</source>
        <translation>Le participant n&apos;est plus dans l&apos;appel.</translation>
    </message>
    <message>
        <source>The call bridge does not exist in this cluster.</source>
        <translation>Le pont d&apos;appel n&apos;existe pas dans ce cluster.</translation>
    </message>
    <message>
        <source>The call bridge group does not exist.</source>
        <translation>Le groupe de ponts d&apos;appel n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The tenant does not exist.</source>
        <translation>Le locataire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No user has this JID.</source>
        <translation>Aucun utilisateur n&apos;a ce JID.</translation>
    </message>
    <message>
        <source>The dial-in security profile does not exist.</source>
        <translation>Le profil de sécurité d&apos;appel entrant n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Another space already uses this URI.</source>
        <translation>Un autre espace utilise déjà cet URI.</translation>
    </message>
    <message>
        <source>Another space already uses this call ID.</source>
        <translation>Un autre espace utilise déjà cet ID d&apos;appel.</translation>
    </message>
    <message>
        <source>This space already has a way in with the same URI and passcode; change one of them.</source>
        <translation>Cet espace dispose déjà d&apos;un accès avec le même URI et le même code d&apos;accès&#xa0;; modifiez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>This space already has a way in with the same call ID and passcode; change one of them.</source>
        <translation>Cet espace dispose déjà d&apos;un accès avec le même ID d&apos;appel et le même code d&apos;accès&#xa0;; modifiez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Another space already uses this secret.</source>
        <translation>Un autre espace utilise déjà ce secret.</translation>
    </message>
    <message>
        <source>Another call bridge already has this name.</source>
        <translation>Un autre pont d&apos;appel porte déjà ce nom.</translation>
    </message>
    <message>
        <source>The server does not allow this operation on this object.</source>
        <translation>Le serveur n&apos;autorise pas cette opération sur cet objet.</translation>
    </message>
    <message>
        <source>The meeting is full: its participant limit is reached.</source>
        <translation>La réunion est complète&#xa0;: sa limite de participants est atteinte.</translation>
    </message>
    <message>
        <source>The tenant&apos;s participant limit is reached.</source>
        <translation>La limite de participants du locataire est atteinte.</translation>
    </message>
    <message>
        <source>This participant cannot be disconnected.</source>
        <translation>Ce participant ne peut pas être déconnecté.</translation>
    </message>
    <message>
        <source>This participant cannot be changed.</source>
        <translation>Ce participant ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This call leg cannot be disconnected.</source>
        <translation>Cette branche d&apos;appel ne peut pas être déconnectée.</translation>
    </message>
    <message>
        <source>The call bridge that should handle this is unavailable.</source>
        <translation>Le pont d&apos;appel qui devrait traiter cette demande n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>No call bridge of the group is available.</source>
        <translation>Aucun pont d&apos;appel du groupe n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The passcode is shorter than the dial-in security profile allows.</source>
        <translation>Le code d&apos;accès est plus court que ne le permet le profil de sécurité d&apos;appel entrant.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not ready yet. Try again in a moment.</source>
        <translation>La base de données du serveur n&apos;est pas encore prête. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server does not know this kind of object; it may run an older CMS version.</source>
        <translation>Le serveur ne connaît pas ce type d&apos;objet&#xa0;; il exécute peut-être une version plus ancienne de CMS.</translation>
    </message>
    <message>
        <source>This participant cannot be moved to that meeting.</source>
        <translation>Ce participant ne peut pas être déplacé vers cette réunion.</translation>
    </message>
    <message>
        <source>The value of “%1” was not accepted.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>The value of “%1” is already in use.</source>
        <translation>La valeur de «&#xa0;%1&#xa0;» est déjà utilisée.</translation>
    </message>
    <message>
        <source>The parameter “%1” was not accepted (%2).</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» n&apos;a pas été accepté (%2).</translation>
    </message>
    <message>
        <source>The call bridge refused the request: %1.</source>
        <translation>Le pont d&apos;appel a refusé la requête&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server answered with a web page, not the CMS API: a proxy or load balancer may be in the way (HTTP %1, %2).</source>
        <extracomment>%1 is an HTTP status such as 200, %2 the content type the server gave, such as text/html</extracomment>
        <translation>Le serveur a répondu par une page web, et non par l&apos;API CMS&#xa0;: un proxy ou un répartiteur de charge se trouve peut-être entre les deux (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>The server answered with %2, not the XML of the CMS API: a proxy or load balancer may be in the way (HTTP %1).</source>
        <extracomment>%1 is an HTTP status such as 200, %2 the content type the server gave, such as application/json</extracomment>
        <translation>Le serveur a répondu en %2, et non avec le XML de l&apos;API CMS&#xa0;: un proxy ou un répartiteur de charge se trouve peut-être entre les deux (HTTP %1).</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate expired on %1. Ask the server&apos;s administrator to renew it; trusting an expired certificate is not advised.</source>
        <translation>Le certificat du pont d&apos;appel a expiré le %1. Demandez à l&apos;administrateur du serveur de le renouveler ; il est déconseillé de faire confiance à un certificat expiré.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is valid only from %1. Check this computer&apos;s date and time, or ask the server&apos;s administrator.</source>
        <translation>Le certificat du pont d&apos;appel n&apos;est valide qu&apos;à partir du %1. Vérifiez la date et l&apos;heure de cet ordinateur, ou adressez-vous à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is made out to %1, not to the address used. Check that the address reaches the right server, or use a name the certificate gives.</source>
        <translation>Le certificat du pont d&apos;appel est établi au nom de %1, et non de l&apos;adresse utilisée. Vérifiez que l&apos;adresse mène au bon serveur, ou utilisez un nom que donne le certificat.</translation>
    </message>
    <message>
        <source>The call bridge may have carried out the change before the connection failed: reload and check before trying again.</source>
        <extracomment>Follows the sentence that says why a change failed</extracomment>
        <translation>Le pont d&apos;appel a peut-être effectué la modification avant que la connexion soit perdue : rechargez et vérifiez avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>ConfigStep</name>
    <message>
        <source>(unset)</source>
        <extracomment>a field sent empty: the server unsets it</extracomment>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message numerus="yes">
        <source>The demo cluster is running on this computer: %Ln simulated call bridge(s).</source>
        <translation>
            <numerusform>Le cluster de démonstration s&apos;exécute sur cet ordinateur&#xa0;: %Ln pont d&apos;appel simulé.</numerusform>
            <numerusform>Le cluster de démonstration s&apos;exécute sur cet ordinateur&#xa0;: %Ln ponts d&apos;appel simulés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleCommandLine</name>
    <message>
        <source>Console for Cisco Meeting Server clusters.</source>
        <translation>Console pour les clusters Cisco Meeting Server.</translation>
    </message>
    <message>
        <source>Start a simulated demo cluster inside the console and connect to it.</source>
        <translation>Démarre un cluster de démonstration simulé dans la console et s&apos;y connecte.</translation>
    </message>
    <message>
        <source>Language of the console: en, fr, ko or ar.</source>
        <translation>Langue de la console&#xa0;: en, fr, ko ou ar.</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>placeholder of the --lang option&apos;s value</extracomment>
        <translation>code</translation>
    </message>
    <message>
        <source>Keep the settings in this INI file instead of the usual place.</source>
        <translation>Conserve les paramètres dans ce fichier INI au lieu de l&apos;emplacement habituel.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder of the --settings option&apos;s value</extracomment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print the time to the first painted window, then quit.</source>
        <translation>Affiche le temps écoulé jusqu&apos;au premier affichage d&apos;une fenêtre, puis quitte.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr, ko or ar.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez en, fr, ko ou ar.</translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>The system keychain is not available, so the password cannot be read or saved. Make sure your desktop&apos;s keyring (secret service) is running and unlocked, then try again.</source>
        <translation>Le trousseau système n&apos;est pas disponible&#xa0;: le mot de passe ne peut donc être ni lu ni enregistré. Assurez-vous que le trousseau de clés de votre bureau (Secret Service) est lancé et déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Unlock the keyring or allow CMS Console to use it, then try again.</source>
        <translation>L&apos;accès au trousseau système a été refusé. Déverrouillez le trousseau de clés ou autorisez CMS Console à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The password is too long to be kept in the system keychain (at most %1 bytes).</source>
        <translation>Le mot de passe est trop long pour être conservé dans le trousseau système (%1 octets au maximum).</translation>
    </message>
    <message>
        <source>The password cannot be kept: the cluster name, the call bridge address or the user name is missing.</source>
        <translation>Le mot de passe ne peut pas être conservé&#xa0;: le nom du cluster, l&apos;adresse du pont d&apos;appel ou le nom d&apos;utilisateur est manquant.</translation>
    </message>
    <message>
        <source>The system keychain reported an unknown error.</source>
        <translation>Le trousseau système a signalé une erreur inconnue.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CtlCommandLine</name>
    <message>
        <source>A password is never taken from an argument (it would show in the process list and the shell history). Use --password-stdin, CMS_PASSWORD or cmsctl login.</source>
        <translation>Un mot de passe n&apos;est jamais accepté en argument (il apparaîtrait dans la liste des processus et dans l&apos;historique du shell). Utilisez --password-stdin, CMS_PASSWORD ou cmsctl login.</translation>
    </message>
    <message numerus="yes">
        <source>Give --pin once per --url, in the same order: %Ln pin(s) given for fewer addresses.</source>
        <translation>
            <numerusform>Indiquez --pin une fois par --url, dans le même ordre&#xa0;: %Ln empreinte donnée pour moins d&apos;adresses.</numerusform>
            <numerusform>Indiquez --pin une fois par --url, dans le même ordre&#xa0;: %Ln empreintes données pour moins d&apos;adresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint: give 64 hexadecimal digits, with or without colons.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256&#xa0;: indiquez 64 chiffres hexadécimaux, avec ou sans deux-points.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds, at least 1.</source>
        <translation>--timeout attend un nombre entier de secondes, au moins égal à 1.</translation>
    </message>
    <message>
        <source>--max takes a whole number, at least 1.</source>
        <translation>--max attend un nombre entier, au moins égal à 1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>No call bridge address: give --url https://host[:port] or set CMS_URL.</source>
        <translation>Aucune adresse de pont d&apos;appel&#xa0;: indiquez --url https://host[:port] ou définissez CMS_URL.</translation>
    </message>
    <message>
        <source>No API user: give --user or set CMS_USER.</source>
        <translation>Aucun utilisateur de l&apos;API&#xa0;: indiquez --user ou définissez CMS_USER.</translation>
    </message>
    <message>
        <source>“%1” is not a KEY=VALUE pair.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une paire KEY=VALUE.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1”.</source>
        <translation>Nombre d&apos;arguments incorrect pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to create: give KEY=VALUE pairs.</source>
        <translation>Rien à créer&#xa0;: indiquez des paires KEY=VALUE.</translation>
    </message>
    <message>
        <source>Nothing to change: give KEY=VALUE pairs.</source>
        <translation>Rien à modifier&#xa0;: indiquez des paires KEY=VALUE.</translation>
    </message>
    <message>
        <source>move needs the target call: --to CALL.</source>
        <translation>move nécessite l&apos;appel cible&#xa0;: --to CALL.</translation>
    </message>
    <message>
        <source>--all goes with the participants command only.</source>
        <translation>--all ne s&apos;emploie qu&apos;avec la commande participants.</translation>
    </message>
    <message>
        <source>--passcode-timeout takes a whole number of seconds, at least 1.</source>
        <translation>--passcode-timeout prend un nombre entier de secondes, au moins 1.</translation>
    </message>
    <message>
        <source>guesthost takes apply or check, not “%1”.</source>
        <translation>guesthost prend apply ou check, et non « %1 ».</translation>
    </message>
    <message>
        <source>guesthost apply needs --pattern 1, 2, 3 or 4.</source>
        <translation>guesthost apply nécessite --pattern 1, 2, 3 ou 4.</translation>
    </message>
    <message>
        <source>Meeting commands (placeholder pools and scheduled meetings):
  meeting pool create --name-pattern P --uri-pattern P [--call-id-pattern P] --count N [--first N]
                             [--call-profile ID] [--call-leg-profile ID] [--tenant ID] [--yes]
                             placeholder spaces made by one bulk sync (each pattern holds $index$ once)
  meeting pool grow NAME-PATTERN --count N [--yes]   a new range after the pool&apos;s last index
  meeting pool remove NAME-PATTERN [--yes]   every placeholder of the pool, then its parameter sets
  meeting pool list [NAME-PATTERN] [--deep]   the pools; with a pool, each placeholder: free, in a
                             meeting (participants, bridge) or inconsistent (why); --deep reads every space
  meeting start SPACE --name TEXT [--passcode-stdin] [--dial URI]… [--dial-file FILE] [--bridge N] [--yes]
                             fill in the space, a new secret, start its call (on --url number N) and dial out
  meeting extend SPACE [--name TEXT] [--passcode-stdin] [--yes]   put the meeting&apos;s values again
  meeting end SPACE [--placeholder-name TEXT] [--yes]   put the placeholder back (new secret), end the call
                             Meeting commands print the plan and change nothing without --yes. A passcode
                             is never an argument: --passcode-stdin asks for it without echo on a terminal,
                             else reads the next line of stdin (after the password with --password-stdin).</source>
        <translation>Commandes de réunion (pools d&apos;espaces réservés et réunions planifiées) :
  meeting pool create --name-pattern P --uri-pattern P [--call-id-pattern P] --count N [--first N]
                             [--call-profile ID] [--call-leg-profile ID] [--tenant ID] [--yes]
                             espaces réservés créés par une seule synchronisation groupée (chaque modèle contient $index$ une fois)
  meeting pool grow NAME-PATTERN --count N [--yes]   une nouvelle plage après le dernier index du pool
  meeting pool remove NAME-PATTERN [--yes]   tous les espaces réservés du pool, puis ses jeux de paramètres
  meeting pool list [NAME-PATTERN] [--deep]   les pools ; avec un pool, chaque espace réservé : libre, en
                             réunion (participants, pont d&apos;appel) ou incohérent (pourquoi) ; --deep lit chaque espace
  meeting start SPACE --name TEXT [--passcode-stdin] [--dial URI]… [--dial-file FILE] [--bridge N] [--yes]
                             remplit l&apos;espace, un nouveau secret, démarre son appel (sur l&apos;--url numéro N) et appelle les adresses
  meeting extend SPACE [--name TEXT] [--passcode-stdin] [--yes]   renvoie les valeurs de la réunion
  meeting end SPACE [--placeholder-name TEXT] [--yes]   remet l&apos;espace réservé en place (nouveau secret), met fin à l&apos;appel
                             Les commandes de réunion affichent le plan et ne changent rien sans --yes. Un code d&apos;accès
                             n&apos;est jamais un argument : --passcode-stdin le demande sans l&apos;afficher dans un terminal,
                             sinon lit la ligne suivante de stdin (après le mot de passe avec --password-stdin).</translation>
    </message>
    <message>
        <source>meeting pool takes create, grow, remove or list, not “%1”.</source>
        <translation>meeting pool prend create, grow, remove ou list, et non « %1 ».</translation>
    </message>
    <message>
        <source>meeting pool create needs --count N.</source>
        <translation>meeting pool create nécessite --count N.</translation>
    </message>
    <message>
        <source>meeting pool grow needs --count N.</source>
        <translation>meeting pool grow nécessite --count N.</translation>
    </message>
    <message>
        <source>meeting takes pool, start, extend or end, not “%1”.</source>
        <translation>meeting prend pool, start, extend ou end, et non « %1 ».</translation>
    </message>
    <message>
        <source>meeting start needs the meeting&apos;s name: --name TEXT.</source>
        <translation>meeting start nécessite le nom de la réunion : --name TEXTE.</translation>
    </message>
    <message>
        <source>meeting end takes no passcode: it removes the meeting&apos;s.</source>
        <translation>meeting end ne prend pas de code d&apos;accès : il retire celui de la réunion.</translation>
    </message>
    <message>
        <source>A PIN is never taken from an argument (it would show in the process list and the shell history). guesthost apply asks for the PINs at a terminal, or reads guest-pin=DIGITS and host-pin=DIGITS lines from stdin.</source>
        <translation>Un code PIN n&apos;est jamais pris d&apos;un argument (il apparaîtrait dans la liste des processus et l&apos;historique du shell). guesthost apply demande les codes PIN dans un terminal, ou lit des lignes guest-pin=CHIFFRES et host-pin=CHIFFRES sur stdin.</translation>
    </message>
    <message>
        <source>A passcode is never taken from an argument (it would show in the process list and the shell history). Use --passcode-stdin.</source>
        <translation>Un code d&apos;accès n&apos;est jamais pris d&apos;un argument (il apparaîtrait dans la liste des processus et l&apos;historique du shell). Utilisez --passcode-stdin.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, at least %2.</source>
        <extracomment>%1: the option, %2: its smallest value</extracomment>
        <translation>--%1 prend un nombre entier, au moins %2.</translation>
    </message>
    <message>
        <source>The list of addresses “%1” cannot be read: %2</source>
        <translation>La liste d&apos;adresses « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>Passcode for the meeting: </source>
        <translation>Code d&apos;accès de la réunion : </translation>
    </message>
    <message>
        <source>Usage: cmsctl [--url https://host[:port]]… [--user USER] [--password-stdin] [--pin SHA256]… [--ca FILE] [--json] [--trace] [--timeout SECONDS] COMMAND …

Commands:
  login                      check the password and store it in the system keychain
  status                     the call bridge&apos;s /system/status
  bridges                    the cluster&apos;s call bridges, discovered through /callBridges
  list TYPE [--filter TEXT] [--max N]   every object of a collection (all pages)
  get PATH                   one object, e.g. coSpaces/ID
  create TYPE KEY=VALUE…     create an object and print its id
  update TYPE ID KEY=VALUE…  change only the given fields (KEY= unsets one)
  delete TYPE ID             delete an object
  calls                      every call of the cluster, one line each with its bridge
  participants CALL          the participants of a call
  participants --all [--filter TEXT]   every participant of the cluster, with its bridge; --filter keeps
                             those with every word of TEXT in their name, address or user (any case or accents)
  move PARTICIPANT… --to CALL  move participants to another call, each checked, then verified
  dial CALL URI              dial out from a call
  end CALL                   end a call for everyone
  mute PARTICIPANT [--video] [--off]   mute (or unmute) a participant&apos;s audio or video
  watch [--max N]            live changes of every call bridge as JSON lines, until interrupted
  usage TYPE ID              where a profile is used (TYPE: callLegProfiles, callProfiles or
                             dialInSecurityProfiles): global, tenants, spaces, access methods, members, templates
  guesthost apply SPACE --pattern N [options] [--yes]   separate guest and host access to a space:
                             prints the plan; --yes runs it (undone entirely if a step fails).
                             N: 1 different URIs, 2 one URI and two PINs, 3 one URI and no guest PIN,
                             4 the host is a member. SPACE is a space&apos;s id, or with --create a new space&apos;s name.
                             Options: --uri --call-id (the guests&apos;), --host-uri --host-call-id,
                             --passcode-mode required|timeout --passcode-timeout SECONDS,
                             --host-jid USER, --deactivation-mode deactivate|disconnect|remainActivated
                             PINs are never arguments: at a terminal cmsctl asks for them (twice, not
                             shown); otherwise it reads stdin to its end, one line per PIN:
                             guest-pin=DIGITS and host-pin=DIGITS (after the password line with
                             --password-stdin). Give &lt;/dev/null when there are none.
  guesthost check SPACE      which pattern the space follows and what keeps guests or hosts out, each
                             problem with its fix; --pattern N: the pattern it is meant to follow

TYPE is a collection name as in the API (coSpaces, callLegProfiles…; any case), or a nested one
such as coSpaces/ID/accessMethods. The password comes from the keychain (after login), from
--password-stdin or from the CMS_PASSWORD environment variable; never from an argument.
--url and --user may also come from CMS_URL and CMS_USER. With --json, numbers and true/false
are JSON numbers and booleans.
Exit codes: 0 done, 1 the server refused (move: someone was not moved), 2 usage or invalid input, 3 connection, TLS or authentication problem.</source>
        <translation>Utilisation&#xa0;: cmsctl [--url https://host[:port]]… [--user USER] [--password-stdin] [--pin SHA256]… [--ca FILE] [--json] [--trace] [--timeout SECONDS] COMMAND …

Commandes&#xa0;:
  login                      vérifie le mot de passe et l&apos;enregistre dans le trousseau système
  status                     l&apos;état /system/status du pont d&apos;appel
  bridges                    les ponts d&apos;appel du cluster, découverts via /callBridges
  list TYPE [--filter TEXT] [--max N]   tous les objets d&apos;une collection (toutes les pages)
  get PATH                   un objet, par exemple coSpaces/ID
  create TYPE KEY=VALUE…     crée un objet et affiche son id
  update TYPE ID KEY=VALUE…  modifie uniquement les champs indiqués (KEY= en efface un)
  delete TYPE ID             supprime un objet
  calls                      tous les appels du cluster, un par ligne avec son pont d&apos;appel
  participants CALL          les participants d&apos;un appel
  participants --all [--filter TEXT]   tous les participants du cluster, avec leur pont d&apos;appel ; --filter garde
                             ceux dont le nom, l&apos;adresse ou l&apos;utilisateur contient chaque mot de TEXT (casse et accents indifférents)
  move PARTICIPANT… --to CALL  déplace des participants vers un autre appel, chacun avec contrôle préalable puis vérification
  dial CALL URI              passe un appel sortant depuis un appel
  end CALL                   met fin à un appel pour tous les participants
  mute PARTICIPANT [--video] [--off]   coupe (ou rétablit) l&apos;audio ou la vidéo d&apos;un participant
  watch [--max N]            les changements en direct de tous les ponts d&apos;appel, en lignes JSON, jusqu&apos;à interruption
  usage TYPE ID              où un profil est utilisé (TYPE : callLegProfiles, callProfiles ou
                             dialInSecurityProfiles) : global, tenants, espaces, méthodes d&apos;accès, membres, modèles
  guesthost apply SPACE --pattern N [options] [--yes]   accès séparés pour les invités et les hôtes d&apos;un espace :
                             affiche le plan ; --yes l&apos;exécute (entièrement annulé si une étape échoue).
                             N : 1 URI différents, 2 un seul URI et deux codes PIN, 3 un seul URI sans code PIN invité,
                             4 l&apos;hôte est membre. SPACE est l&apos;ID d&apos;un espace, ou avec --create le nom d&apos;un nouvel espace.
                             Options : --uri --call-id (ceux des invités), --host-uri --host-call-id,
                             --passcode-mode required|timeout --passcode-timeout SECONDES,
                             --host-jid UTILISATEUR, --deactivation-mode deactivate|disconnect|remainActivated
                             Les codes PIN ne sont jamais des arguments : dans un terminal, cmsctl les demande
                             (deux fois, sans les afficher) ; sinon il lit stdin jusqu&apos;au bout, une ligne par code :
                             guest-pin=CHIFFRES et host-pin=CHIFFRES (après la ligne du mot de passe avec
                             --password-stdin). Donnez &lt;/dev/null s&apos;il n&apos;y en a pas.
  guesthost check SPACE      le modèle que suit l&apos;espace et ce qui empêche les invités ou les hôtes d&apos;entrer,
                             chaque problème avec sa correction ; --pattern N : le modèle qu&apos;il doit suivre

TYPE est un nom de collection tel qu&apos;il figure dans l&apos;API (coSpaces, callLegProfiles…&#xa0;; casse indifférente),
ou un nom imbriqué comme coSpaces/ID/accessMethods. Le mot de passe provient du trousseau (après login),
de --password-stdin ou de la variable d&apos;environnement CMS_PASSWORD&#xa0;; jamais d&apos;un argument.
--url et --user peuvent aussi provenir de CMS_URL et CMS_USER. Avec --json, les nombres et true/false
sont des nombres et des booléens JSON.
Codes de sortie&#xa0;: 0 terminé, 1 refus du serveur (move&#xa0;: quelqu&apos;un n&apos;a pas été déplacé), 2 erreur d&apos;utilisation ou saisie non valide, 3 problème de connexion, de TLS ou d&apos;authentification.</translation>
    </message>
    <message>
        <source>guesthost check takes --pattern 1, 2, 3 or 4, or no --pattern.</source>
        <translation>guesthost check accepte --pattern 1, 2, 3 ou 4, ou aucun --pattern.</translation>
    </message>
</context>
<context>
    <name>CtlGuestHost</name>
    <message>
        <source>Step %1: %2</source>
        <extracomment>%1: step number, %2: the step</extracomment>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <source>The space is already set up this way: nothing to change.</source>
        <translation>L&apos;espace est déjà configuré ainsi : rien à modifier.</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to carry out these steps.</source>
        <translation>Rien n&apos;a été modifié : relancez avec --yes pour exécuter ces étapes.</translation>
    </message>
    <message>
        <source>Done: the space %1 is set up.</source>
        <translation>Terminé : l&apos;espace %1 est configuré.</translation>
    </message>
    <message>
        <source>none of the four patterns</source>
        <translation>aucun des quatre modèles</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>  Fix: %1</source>
        <translation>  Correction : %1</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>CtlLiveCommands</name>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be moved.</source>
        <translation>
            <numerusform>%Ln participant sur %1 n&apos;a pas pu être déplacé.</numerusform>
            <numerusform>%Ln participants sur %1 n&apos;ont pas pu être déplacés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlMeeting</name>
    <message numerus="yes">
        <source>%1  %2  %Ln placeholder(s): %3</source>
        <extracomment>%1: name pattern, %2: URI pattern, %3: number of placeholders, %4: the index ranges</extracomment>
        <translation>
            <numerusform>%1  %2  %Ln espace réservé : %3</numerusform>
            <numerusform>%1  %2  %Ln espaces réservés : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No placeholder pool: the cluster has no bulk parameter set.</source>
        <translation>Aucun pool d&apos;espaces réservés : le cluster n&apos;a aucun jeu de paramètres groupés.</translation>
    </message>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>Aucun pool n&apos;a le modèle de nom « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) on %1</source>
        <translation>
            <numerusform>%n participant sur %1</numerusform>
            <numerusform>%n participants sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Free: %1, in a meeting: %2, inconsistent: %3.</source>
        <extracomment>%1 free, %2 in a meeting, %3 inconsistent placeholders</extracomment>
        <translation>Libres : %1, en réunion : %2, incohérents : %3.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <extracomment>%1: step number, %2: the step</extracomment>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to carry out these steps.</source>
        <translation>Rien n&apos;a été modifié : relancez avec --yes pour exécuter ces étapes.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>CtlMoveBatch</name>
    <message>
        <source>%1: moved into the call %2, now participant %3.</source>
        <translation>%1&#xa0;: déplacé vers l&apos;appel %2 (nouvel identifiant de participant %3).</translation>
    </message>
    <message>
        <source>%1: not moved. %2</source>
        <translation>%1&#xa0;: non déplacé. %2</translation>
    </message>
</context>
<context>
    <name>CtlPinInput</name>
    <message>
        <source>Line %1 of stdin is not guest-pin=DIGITS or host-pin=DIGITS.</source>
        <extracomment>%1: a line number of the input; the line itself is not shown, it may hold a PIN</extracomment>
        <translation>La ligne %1 de stdin n&apos;est ni guest-pin=CHIFFRES ni host-pin=CHIFFRES.</translation>
    </message>
    <message>
        <source>%1 is given twice on stdin.</source>
        <extracomment>%1: guest-pin or host-pin</extracomment>
        <translation>%1 est donné deux fois sur stdin.</translation>
    </message>
    <message>
        <source>No PIN was typed: the input ended.</source>
        <translation>Aucun code PIN n&apos;a été saisi : l&apos;entrée est terminée.</translation>
    </message>
    <message>
        <source>Guest PIN: </source>
        <translation>Code PIN invité : </translation>
    </message>
    <message>
        <source>Guest PIN (Enter for none): </source>
        <translation>Code PIN invité (Entrée pour aucun) : </translation>
    </message>
    <message>
        <source>Guest PIN again: </source>
        <translation>Code PIN invité, à nouveau : </translation>
    </message>
    <message>
        <source>The two guest PINs typed differ.</source>
        <translation>Les deux codes PIN invité saisis diffèrent.</translation>
    </message>
    <message>
        <source>Host PIN: </source>
        <translation>Code PIN hôte : </translation>
    </message>
    <message>
        <source>Host PIN (Enter for none): </source>
        <translation>Code PIN hôte (Entrée pour aucun) : </translation>
    </message>
    <message>
        <source>Host PIN again: </source>
        <translation>Code PIN hôte, à nouveau : </translation>
    </message>
    <message>
        <source>The two host PINs typed differ.</source>
        <translation>Les deux codes PIN hôte saisis diffèrent.</translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>login needs the password on stdin (--password-stdin) or in CMS_PASSWORD.</source>
        <translation>login nécessite le mot de passe sur stdin (--password-stdin) ou dans CMS_PASSWORD.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from “%1”.</source>
        <translation>Aucun certificat PEM n&apos;a pu être lu dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No password for %1 on %2: run cmsctl login first, or use --password-stdin or CMS_PASSWORD.</source>
        <translation>Aucun mot de passe pour %1 sur %2&#xa0;: exécutez d&apos;abord cmsctl login, ou utilisez --password-stdin ou CMS_PASSWORD.</translation>
    </message>
    <message>
        <source>Password for %1 on %2 checked and stored in the keychain.</source>
        <translation>Mot de passe de l&apos;utilisateur %1 sur %2 vérifié et enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>“%1” is not a collection of the CMS API.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une collection de l&apos;API CMS.</translation>
    </message>
    <message>
        <source>Objects of %1 cannot be created through the API.</source>
        <translation>Les objets de la collection %1 ne peuvent pas être créés par l&apos;API.</translation>
    </message>
    <message>
        <source>Objects of %1 cannot be changed through the API.</source>
        <translation>Les objets de la collection %1 ne peuvent pas être modifiés par l&apos;API.</translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation>Mis à jour.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>usage works on callLegProfiles, callProfiles and dialInSecurityProfiles, not “%1”.</source>
        <translation>usage porte sur callLegProfiles, callProfiles et dialInSecurityProfiles, pas sur « %1 ».</translation>
    </message>
</context>
<context>
    <name>CtlUsageReport</name>
    <message>
        <source>Global profiles (/system/profiles)</source>
        <translation>Profils globaux (/system/profiles)</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>Méthodes d&apos;accès</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>Modèles d&apos;espace</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>Modèles de méthode d&apos;accès</translation>
    </message>
    <message>
        <source>%1 %2 is used:</source>
        <translation>%1 %2 est utilisé :</translation>
    </message>
    <message>
        <source>%1 %2 is used nowhere the console can see.</source>
        <translation>%1 %2 n&apos;est utilisé nulle part où la console peut voir.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source> (among the %1 of %2 spaces read in detail)</source>
        <translation> (parmi les %1 espaces sur %2 lus en détail)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> in space template %1</source>
        <translation> dans le modèle d&apos;espace %1</translation>
    </message>
    <message>
        <source>  %1: some (the server does not say which)</source>
        <translation>  %1 : certains (le serveur ne dit pas lesquels)</translation>
    </message>
    <message>
        <source>  %1: none</source>
        <translation>  %1 : aucun</translation>
    </message>
    <message>
        <source>  %1: not checked (the API cannot tell for this profile type)</source>
        <translation>  %1 : non vérifié (l&apos;API ne permet pas de le savoir pour ce type de profil)</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>Le cluster de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Cluster de démonstration</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <comment>clock skew</comment>
        <extracomment>Clock difference in seconds, &quot;+1.2 s&quot;</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration in milliseconds, &quot;120 ms&quot;</extracomment>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>uptime</comment>
        <extracomment>Uptime in days, short: &quot;3 d&quot;</extracomment>
        <translation>
            <numerusform>%Ln j</numerusform>
            <numerusform>%Ln j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>uptime</comment>
        <extracomment>Uptime in hours, short: &quot;4 h&quot;</extracomment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>uptime</comment>
        <extracomment>Uptime in minutes, short: &quot;12 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>uptime: two units</comment>
        <extracomment>Two units of an uptime, the larger first: &quot;3 d 4 h&quot;
----------
Two units of an uptime, the larger first: &quot;5 h 12 min&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>uptime</comment>
        <extracomment>Uptime in seconds, short: &quot;42 s&quot;</extracomment>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>elapsed</comment>
        <extracomment>Time gone by in hours, minutes and seconds, as a clock shows it: &quot;1:02:03&quot;</extracomment>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>elapsed</comment>
        <extracomment>Time gone by in minutes and seconds, as a clock shows it: &quot;12:05&quot;</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>Form label: a field name followed by a colon.</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <source>Default</source>
        <extracomment>Where a setting comes from: nobody sets it, the server&apos;s default applies.</extracomment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Global</source>
        <extracomment>Where a setting comes from: the global profiles (/system/profiles).</extracomment>
        <translation>Global</translation>
    </message>
    <message>
        <source>Tenant</source>
        <extracomment>Where a setting comes from: the space&apos;s tenant.</extracomment>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Where a setting comes from: the space itself.</extracomment>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Access method</source>
        <extracomment>Where a setting comes from: the access method used to join.</extracomment>
        <translation>Méthode d&apos;accès</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Where a setting comes from: the member&apos;s own call leg profile.</extracomment>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Enter the call bridge&apos;s address, for example cms1.example.com:445.</source>
        <translation>Saisissez l&apos;adresse du pont d&apos;appel, par exemple cms1.example.com:445.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>Seules les adresses https:// sont prises en charge.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte ou une adresse IP valide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port: use a number from 1 to 65535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port valide&#xa0;: utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Give the address only, without a path: the API path is added by the console.</source>
        <translation>Indiquez uniquement l&apos;adresse, sans chemin&#xa0;: la console ajoute elle-même le chemin de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>FormSave</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: see the field marked.</source>
        <translation>Non enregistré : voir le champ signalé.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>GuestHostCheck</name>
    <message>
        <source>the space “%1”</source>
        <translation>l&apos;espace « %1 »</translation>
    </message>
    <message>
        <source>The space&apos;s call leg profile %1 does not set needsActivation=true: guests start the meeting without a host.</source>
        <translation>Le profil de branche d&apos;appel %1 de l&apos;espace ne définit pas needsActivation=true : les invités démarrent la réunion sans hôte.</translation>
    </message>
    <message>
        <source>The space has no call leg profile of its own: guests are not held in the lobby until a host joins.</source>
        <translation>L&apos;espace n&apos;a pas de profil de branche d&apos;appel propre : les invités ne sont pas retenus en salle d&apos;attente jusqu&apos;à l&apos;arrivée d&apos;un hôte.</translation>
    </message>
    <message>
        <source>Give the space a guest call leg profile (needsActivation=true, deactivationMode=%1).</source>
        <translation>Attribuer à l&apos;espace un profil de branche d&apos;appel invité (needsActivation=true, deactivationMode=%1).</translation>
    </message>
    <message>
        <source>The space does not let non-members in (nonMemberAccess=false): guests cannot join at all.</source>
        <translation>L&apos;espace n&apos;admet pas les non-membres (nonMemberAccess=false) : les invités ne peuvent pas du tout participer.</translation>
    </message>
    <message>
        <source>Let non-members join the space (nonMemberAccess=true).</source>
        <translation>Autoriser les non-membres à rejoindre l&apos;espace (nonMemberAccess=true).</translation>
    </message>
    <message>
        <source>The access method %1 has no call leg profile, so it takes the space&apos;s guest profile: hosts who join through it wait in the lobby like guests.</source>
        <translation>La méthode d&apos;accès %1 n&apos;a pas de profil de branche d&apos;appel et prend donc le profil invité de l&apos;espace : les hôtes qui l&apos;utilisent attendent en salle d&apos;attente comme les invités.</translation>
    </message>
    <message>
        <source>The access method %1 carries the call leg profile %2, which holds people in the lobby: hosts who join through it wait like guests.</source>
        <translation>La méthode d&apos;accès %1 porte le profil de branche d&apos;appel %2, qui retient les participants en salle d&apos;attente : les hôtes qui l&apos;utilisent attendent comme les invités.</translation>
    </message>
    <message>
        <source>Give the access method a host call leg profile (needsActivation=false).</source>
        <translation>Attribuer à la méthode d&apos;accès un profil de branche d&apos;appel hôte (needsActivation=false).</translation>
    </message>
    <message>
        <source>the hosts&apos; access method %1</source>
        <translation>la méthode d&apos;accès des hôtes %1</translation>
    </message>
    <message>
        <source>Guests wait in the lobby for a host, but the space has no access method and no member for hosts: nobody can let them in.</source>
        <translation>Les invités attendent un hôte en salle d&apos;attente, mais l&apos;espace n&apos;a ni méthode d&apos;accès ni membre pour les hôtes : personne ne peut les faire entrer.</translation>
    </message>
    <message>
        <source>Apply one of the four patterns to the space: hosts need a URI, call ID or PIN of their own, or to be members.</source>
        <translation>Appliquer l&apos;un des quatre modèles à l&apos;espace : les hôtes ont besoin de leur propre URI, ID d&apos;appel ou code PIN, ou d&apos;être membres.</translation>
    </message>
    <message>
        <source>The hosts&apos; access method %1 has the guests&apos; call ID %2: whoever dials it is taken as a guest or a host by the PIN alone, which this pattern does not intend.</source>
        <translation>La méthode d&apos;accès des hôtes %1 a l&apos;ID d&apos;appel des invités %2 : qui le compose est considéré comme invité ou hôte d&apos;après le seul code PIN, ce que ce modèle ne prévoit pas.</translation>
    </message>
    <message>
        <source>Take the call ID off the hosts&apos; access method: hosts then join by its URI and PIN.</source>
        <translation>Retirer l&apos;ID d&apos;appel de la méthode d&apos;accès des hôtes : les hôtes rejoignent alors par son URI et son code PIN.</translation>
    </message>
    <message>
        <source>Guests have no PIN, but the space&apos;s call profile does not set passcodeMode: SIP guests are asked for a PIN they do not have.</source>
        <translation>Les invités n&apos;ont pas de code PIN, mais le profil d&apos;appel de l&apos;espace ne définit pas passcodeMode : on demande aux invités SIP un code PIN qu&apos;ils n&apos;ont pas.</translation>
    </message>
    <message>
        <source>Give the space a call profile with passcodeMode=required (guests press # for an empty PIN).</source>
        <translation>Attribuer à l&apos;espace un profil d&apos;appel avec passcodeMode=required (les invités appuient sur # pour un code PIN vide).</translation>
    </message>
    <message>
        <source>The owner %1 is not a member of the space: joining through the web app, the host is held like a guest.</source>
        <translation>Le propriétaire %1 n&apos;est pas membre de l&apos;espace : en rejoignant par l&apos;application web, l&apos;hôte est retenu comme un invité.</translation>
    </message>
    <message>
        <source>Add %1 as a member with a host call leg profile (needsActivation=false).</source>
        <translation>Ajouter %1 comme membre avec un profil de branche d&apos;appel hôte (needsActivation=false).</translation>
    </message>
    <message>
        <source>The member %1 has no host call leg profile: the host waits in the lobby with the guests.</source>
        <translation>Le membre %1 n&apos;a pas de profil de branche d&apos;appel hôte : l&apos;hôte attend en salle d&apos;attente avec les invités.</translation>
    </message>
    <message>
        <source>Give the member a host call leg profile (needsActivation=false).</source>
        <translation>Attribuer au membre un profil de branche d&apos;appel hôte (needsActivation=false).</translation>
    </message>
    <message>
        <source>The space follows the pattern “%1”, not “%2” as it is meant to.</source>
        <translation>L&apos;espace suit le modèle « %1 », et non « %2 » comme prévu.</translation>
    </message>
    <message>
        <source>The space follows none of the four patterns, not “%1” as it is meant to.</source>
        <translation>L&apos;espace ne suit aucun des quatre modèles, et non « %1 » comme prévu.</translation>
    </message>
    <message>
        <source>Apply the pattern “%1” to the space (Guest and Host Access…): it changes only what differs, and needs the URIs and PINs of that pattern.</source>
        <translation>Appliquez le modèle « %1 » à l&apos;espace (Accès invités et hôtes…) : seul ce qui diffère est modifié, avec les URI et codes PIN de ce modèle.</translation>
    </message>
</context>
<context>
    <name>GuestHostExpectations</name>
    <message>
        <source>For a guest</source>
        <translation>Pour un invité</translation>
    </message>
    <message>
        <source>For the host</source>
        <translation>Pour l&apos;hôte</translation>
    </message>
    <message>
        <source>The check of the whole chain</source>
        <translation>La vérification de toute la chaîne</translation>
    </message>
    <message>
        <source>When the last host leaves, the guests are disconnected.</source>
        <translation>Quand le dernier hôte part, les invités sont déconnectés.</translation>
    </message>
    <message>
        <source>When the last host leaves, the meeting goes on with the guests.</source>
        <translation>Quand le dernier hôte part, la réunion continue avec les invités.</translation>
    </message>
    <message>
        <source>When the last host leaves, the guests go back to the lobby.</source>
        <translation>Quand le dernier hôte part, les invités retournent en salle d&apos;attente.</translation>
    </message>
    <message>
        <source>Waits in the lobby until a host joins.</source>
        <translation>Attend en salle d&apos;attente jusqu&apos;à l&apos;arrivée d&apos;un hôte.</translation>
    </message>
    <message>
        <source>Is asked for the guest PIN.</source>
        <translation>Doit saisir le code PIN invité.</translation>
    </message>
    <message>
        <source>Has no PIN to enter.</source>
        <translation>N&apos;a aucun code PIN à saisir.</translation>
    </message>
    <message numerus="yes">
        <source>Calling by SIP, enters the empty PIN by waiting %Ln second(s).</source>
        <translation>
            <numerusform>En appelant par SIP, saisit le code PIN vide en attendant %Ln seconde.</numerusform>
            <numerusform>En appelant par SIP, saisit le code PIN vide en attendant %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling by SIP, enters the empty PIN by pressing #.</source>
        <translation>En appelant par SIP, saisit le code PIN vide en appuyant sur #.</translation>
    </message>
    <message>
        <source>Has a call ID of their own: %1.</source>
        <extracomment>%1: a call ID</extracomment>
        <translation>A son propre ID d&apos;appel : %1.</translation>
    </message>
    <message>
        <source>Has a URI of their own: %1.</source>
        <extracomment>%1: a URI</extracomment>
        <translation>A son propre URI : %1.</translation>
    </message>
    <message>
        <source>Dials the same URI and is told apart by the host PIN.</source>
        <translation>Compose le même URI et est reconnu grâce au code PIN hôte.</translation>
    </message>
    <message>
        <source>Joins as %1, a member of the space, in the web app.</source>
        <extracomment>%1: a user&apos;s JID</extracomment>
        <translation>Rejoint par l&apos;application web en tant que %1, membre de l&apos;espace.</translation>
    </message>
    <message>
        <source>Starts the meeting without waiting in the lobby.</source>
        <translation>Démarre la réunion sans attendre en salle d&apos;attente.</translation>
    </message>
    <message>
        <source>Is asked for the host PIN.</source>
        <translation>Doit saisir le code PIN hôte.</translation>
    </message>
    <message>
        <source>The space follows the pattern “%1”.</source>
        <extracomment>%1: the pattern&apos;s name</extracomment>
        <translation>L&apos;espace suit le modèle « %1 ».</translation>
    </message>
    <message>
        <source>The check finds no problem.</source>
        <translation>La vérification ne trouve aucun problème.</translation>
    </message>
</context>
<context>
    <name>GuestHostInputs</name>
    <message>
        <source>Different URIs for guests and hosts</source>
        <translation>Des URI différents pour les invités et les hôtes</translation>
    </message>
    <message>
        <source>One URI, a guest PIN and a host PIN</source>
        <translation>Un seul URI, un code PIN invité et un code PIN hôte</translation>
    </message>
    <message>
        <source>One URI, no guest PIN and a host PIN</source>
        <translation>Un seul URI, pas de code PIN invité et un code PIN hôte</translation>
    </message>
    <message>
        <source>The host is a member of the space</source>
        <translation>L&apos;hôte est membre de l&apos;espace</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <extracomment>%1: why a value typed for the hosts cannot be used</extracomment>
        <translation>Hôtes : %1</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <extracomment>%1: why a value typed for the guests cannot be used</extracomment>
        <translation>Invités : %1</translation>
    </message>
    <message>
        <source>Choose one of the four patterns.</source>
        <translation>Choisissez l&apos;un des quatre modèles.</translation>
    </message>
    <message>
        <source>A new space needs a name.</source>
        <translation>Un nouvel espace doit avoir un nom.</translation>
    </message>
    <message>
        <source>Choose what happens to the guests when the last host leaves.</source>
        <translation>Choisissez ce qu&apos;il advient des invités quand le dernier hôte part.</translation>
    </message>
    <message>
        <source>Guests and hosts dial the same URI in this pattern: give the space a URI.</source>
        <translation>Dans ce modèle, invités et hôtes composent le même URI : donnez un URI à l&apos;espace.</translation>
    </message>
    <message>
        <source>Give the hosts a URI or a call ID of their own.</source>
        <translation>Donnez aux hôtes leur propre URI ou ID d&apos;appel.</translation>
    </message>
    <message>
        <source>The hosts&apos; URI must differ from the guests&apos; URI.</source>
        <translation>L&apos;URI des hôtes doit être différent de celui des invités.</translation>
    </message>
    <message>
        <source>Guests need a PIN in this pattern.</source>
        <translation>Dans ce modèle, les invités ont besoin d&apos;un code PIN.</translation>
    </message>
    <message>
        <source>Hosts need a PIN in this pattern.</source>
        <translation>Dans ce modèle, les hôtes ont besoin d&apos;un code PIN.</translation>
    </message>
    <message>
        <source>The host PIN must differ from the guest PIN: the PIN is what tells them apart.</source>
        <translation>Le code PIN hôte doit être différent du code PIN invité : c&apos;est lui qui les distingue.</translation>
    </message>
    <message>
        <source>Guests have no PIN in this pattern: leave it empty.</source>
        <translation>Dans ce modèle, les invités n&apos;ont pas de code PIN : laissez-le vide.</translation>
    </message>
    <message>
        <source>Choose how guests enter an empty PIN: by pressing # or by waiting.</source>
        <translation>Choisissez comment les invités saisissent un code PIN vide : en appuyant sur # ou en attendant.</translation>
    </message>
    <message>
        <source>Give the number of seconds of silence that count as an empty PIN.</source>
        <translation>Indiquez le nombre de secondes de silence qui valent un code PIN vide.</translation>
    </message>
    <message>
        <source>Choose the host user.</source>
        <translation>Choisissez l&apos;utilisateur hôte.</translation>
    </message>
    <message>
        <source>The hosts&apos; call ID must differ from the guests&apos; call ID.</source>
        <translation>L&apos;ID d&apos;appel des hôtes doit être différent de celui des invités.</translation>
    </message>
    <message>
        <source>A passcode timeout only applies to the pattern without a guest PIN.</source>
        <translation>Un délai de code d&apos;accès ne s&apos;applique qu&apos;au modèle sans code PIN invité.</translation>
    </message>
</context>
<context>
    <name>GuestHostPlanner</name>
    <message>
        <source>Add %1 as a member with the host call leg profile: %2 (POST /%3)</source>
        <translation>Ajouter %1 comme membre avec le profil de branche d&apos;appel hôte : %2 (POST /%3)</translation>
    </message>
    <message>
        <source>the member %1</source>
        <translation>le membre %1</translation>
    </message>
    <message>
        <source>(the new guest call leg profile)</source>
        <translation>(le nouveau profil de branche d&apos;appel invité)</translation>
    </message>
    <message>
        <source>(the new host call leg profile)</source>
        <translation>(le nouveau profil de branche d&apos;appel hôte)</translation>
    </message>
    <message>
        <source>(the new call profile)</source>
        <translation>(le nouveau profil d&apos;appel)</translation>
    </message>
    <message>
        <source>(the new space)</source>
        <translation>(le nouvel espace)</translation>
    </message>
    <message>
        <source>The guests use the existing call leg profile “%1” (%2): its settings are exactly %3.</source>
        <extracomment>%1: profile name, %2: its id, %3: its settings (&quot;deactivationMode=deactivate, needsActivation=true&quot;)</extracomment>
        <translation>Les invités utilisent le profil de branche d&apos;appel existant « %1 » (%2) : ses paramètres sont exactement %3.</translation>
    </message>
    <message>
        <source>The hosts use the existing call leg profile “%1” (%2): its settings are exactly %3.</source>
        <translation>Les hôtes utilisent le profil de branche d&apos;appel existant « %1 » (%2) : ses paramètres sont exactement %3.</translation>
    </message>
    <message>
        <source>Guests wait for a host</source>
        <translation>Les invités attendent un hôte</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Create the guest call leg profile: %1 (POST /callLegProfiles)</source>
        <translation>Créer le profil de branche d&apos;appel invité : %1 (POST /callLegProfiles)</translation>
    </message>
    <message>
        <source>Create the host call leg profile: %1 (POST /callLegProfiles)</source>
        <translation>Créer le profil de branche d&apos;appel hôte : %1 (POST /callLegProfiles)</translation>
    </message>
    <message>
        <source>The space uses the existing call profile %1: its settings are exactly %2.</source>
        <translation>L&apos;espace utilise le profil d&apos;appel existant %1 : ses paramètres sont exactement %2.</translation>
    </message>
    <message>
        <source>Create a call profile for guests without a PIN: %1 (POST /callProfiles)</source>
        <translation>Créer un profil d&apos;appel pour les invités sans code PIN : %1 (POST /callProfiles)</translation>
    </message>
    <message>
        <source>Change %1: %2 (PUT /%3)</source>
        <extracomment>%1: what is changed (&quot;the space “Board”&quot;), %2: &quot;field: old → new, …&quot;, %3: the API path</extracomment>
        <translation>Modifier %1 : %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>The space %1 was not found on the cluster.</source>
        <translation>L&apos;espace %1 est introuvable sur le cluster.</translation>
    </message>
    <message>
        <source>The space has no URI, and hosts dial the space&apos;s URI in this pattern: give it one.</source>
        <translation>L&apos;espace n&apos;a pas d&apos;URI, or dans ce modèle les hôtes composent l&apos;URI de l&apos;espace : donnez-lui en un.</translation>
    </message>
    <message>
        <source>The hosts&apos; URI must differ from the guests&apos; URI.</source>
        <translation>L&apos;URI des hôtes doit être différent de celui des invités.</translation>
    </message>
    <message>
        <source>The hosts&apos; call ID must differ from the guests&apos; call ID.</source>
        <translation>L&apos;ID d&apos;appel des hôtes doit être différent de celui des invités.</translation>
    </message>
    <message>
        <source>“%1” is already used by the space “%2”.</source>
        <extracomment>%1: a URI or call ID, %2: the name of the space that has it</extracomment>
        <translation>« %1 » est déjà utilisé par l&apos;espace « %2 ».</translation>
    </message>
    <message>
        <source>The cluster knows no user %1 (users come from the directory).</source>
        <translation>Le cluster ne connaît aucun utilisateur %1 (les utilisateurs proviennent de l&apos;annuaire).</translation>
    </message>
    <message>
        <source>The space&apos;s call profile %1 already has passcodeMode=%2.</source>
        <translation>Le profil d&apos;appel %1 de l&apos;espace a déjà passcodeMode=%2.</translation>
    </message>
    <message>
        <source>the space “%1”</source>
        <translation>l&apos;espace « %1 »</translation>
    </message>
    <message>
        <source>The space “%1” is already set up for guests.</source>
        <translation>L&apos;espace « %1 » est déjà configuré pour les invités.</translation>
    </message>
    <message>
        <source>Create the space “%1”: %2 (POST /coSpaces)</source>
        <translation>Créer l&apos;espace « %1 » : %2 (POST /coSpaces)</translation>
    </message>
    <message>
        <source>the hosts&apos; access method %1</source>
        <translation>la méthode d&apos;accès des hôtes %1</translation>
    </message>
    <message>
        <source>The hosts&apos; access method %1 is already right.</source>
        <translation>La méthode d&apos;accès des hôtes %1 est déjà correcte.</translation>
    </message>
    <message>
        <source>Create the hosts&apos; access method: %1 (POST /%2)</source>
        <translation>Créer la méthode d&apos;accès des hôtes : %1 (POST /%2)</translation>
    </message>
    <message>
        <source>%1 is already a member with the host call leg profile.</source>
        <translation>%1 est déjà membre avec le profil de branche d&apos;appel hôte.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1: step number, %2: number of steps, %3: the step</extracomment>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <extracomment>%1: a step being undone after a later one failed</extracomment>
        <translation>Annulation : %1</translation>
    </message>
</context>
<context>
    <name>ProfileFieldGuide</name>
    <message>
        <source>The name shown for it in lists and choices.</source>
        <translation>Le nom affiché dans les listes et les choix.</translation>
    </message>
    <message>
        <source>Yes: the participant waits in the lobby until a host joins.</source>
        <translation>Oui : le participant attend en salle d&apos;attente qu&apos;un hôte rejoigne la réunion.</translation>
    </message>
    <message>
        <source>What happens to the participants who waited for a host when the last host leaves.</source>
        <translation>Ce qu&apos;il advient des participants qui attendaient un hôte quand le dernier hôte part.</translation>
    </message>
    <message>
        <source>How long after the last host leaves that happens.</source>
        <translation>Le délai, après le départ du dernier hôte, avant que cela se produise.</translation>
    </message>
    <message>
        <source>The screen layout the participant sees on joining.</source>
        <translation>La disposition d&apos;écran que voit le participant en arrivant.</translation>
    </message>
    <message>
        <source>Whether the participant may change the layout.</source>
        <translation>Si le participant peut changer la disposition.</translation>
    </message>
    <message>
        <source>Whether participants&apos; names are shown on their video.</source>
        <translation>Si le nom des participants s&apos;affiche sur leur vidéo.</translation>
    </message>
    <message>
        <source>Whether the participant may share a presentation.</source>
        <translation>Si le participant peut partager une présentation.</translation>
    </message>
    <message>
        <source>Whether the participant sees the presentations others share.</source>
        <translation>Si le participant voit les présentations que partagent les autres.</translation>
    </message>
    <message>
        <source>Whether the participant may end the meeting for everyone.</source>
        <translation>Si le participant peut mettre fin à la réunion pour tous.</translation>
    </message>
    <message>
        <source>Whether the participant may mute other participants&apos; audio.</source>
        <translation>Si le participant peut couper le son des autres participants.</translation>
    </message>
    <message>
        <source>Whether the participant may stop other participants&apos; video.</source>
        <translation>Si le participant peut couper la vidéo des autres participants.</translation>
    </message>
    <message>
        <source>Whether the participant may mute their own audio.</source>
        <translation>Si le participant peut couper son propre micro.</translation>
    </message>
    <message>
        <source>Whether the participant may stop their own video.</source>
        <translation>Si le participant peut couper sa propre vidéo.</translation>
    </message>
    <message>
        <source>Whether the participant may disconnect other participants.</source>
        <translation>Si le participant peut déconnecter d&apos;autres participants.</translation>
    </message>
    <message>
        <source>Whether the participant may add participants to the meeting.</source>
        <translation>Si le participant peut ajouter des participants à la réunion.</translation>
    </message>
    <message>
        <source>Yes: the participant&apos;s audio is not passed on to the meeting.</source>
        <translation>Oui : le son du participant n&apos;est pas transmis à la réunion.</translation>
    </message>
    <message>
        <source>Yes: the meeting&apos;s audio is not sent to the participant.</source>
        <translation>Oui : le son de la réunion n&apos;est pas envoyé au participant.</translation>
    </message>
    <message>
        <source>Yes: the participant&apos;s video is not passed on to the meeting.</source>
        <translation>Oui : la vidéo du participant n&apos;est pas transmise à la réunion.</translation>
    </message>
    <message>
        <source>Yes: the meeting&apos;s video is not sent to the participant.</source>
        <translation>Oui : la vidéo de la réunion n&apos;est pas envoyée au participant.</translation>
    </message>
    <message>
        <source>A tone sounds when someone joins while the meeting has at most this many participants.</source>
        <translation>Un signal sonore retentit à chaque arrivée tant que la réunion compte au plus ce nombre de participants.</translation>
    </message>
    <message>
        <source>A tone sounds when someone leaves while the meeting has at most this many participants.</source>
        <translation>Un signal sonore retentit à chaque départ tant que la réunion compte au plus ce nombre de participants.</translation>
    </message>
    <message>
        <source>The longest the participant&apos;s call may last.</source>
        <translation>La durée maximale de l&apos;appel du participant.</translation>
    </message>
    <message>
        <source>The highest resolution and frame rate of the main video.</source>
        <translation>La résolution et la fréquence d&apos;images maximales de la vidéo principale.</translation>
    </message>
    <message>
        <source>The highest resolution and frame rate of presentations.</source>
        <translation>La résolution et la fréquence d&apos;images maximales des présentations.</translation>
    </message>
    <message>
        <source>When the number of participants is shown on screen.</source>
        <translation>Quand le nombre de participants s&apos;affiche à l&apos;écran.</translation>
    </message>
    <message>
        <source>Whether a SIP call&apos;s media may, must or must not be encrypted.</source>
        <translation>Si les médias d&apos;un appel SIP peuvent, doivent ou ne doivent pas être chiffrés.</translation>
    </message>
    <message>
        <source>The most participants a meeting with this profile may have.</source>
        <translation>Le nombre maximal de participants d&apos;une réunion utilisant ce profil.</translation>
    </message>
    <message>
        <source>Yes: meetings are locked, and the lock keeps newcomers out.</source>
        <translation>Oui : les réunions sont verrouillées, et le verrou empêche les nouveaux venus d&apos;entrer.</translation>
    </message>
    <message>
        <source>Whom a locked meeting keeps out: everyone new, or only those who wait for a host.</source>
        <translation>Qui une réunion verrouillée laisse dehors : tout nouveau venu, ou seulement ceux qui attendent un hôte.</translation>
    </message>
    <message>
        <source>Whether meetings can be recorded, and whether recording starts by itself.</source>
        <translation>Si les réunions peuvent être enregistrées, et si l&apos;enregistrement démarre tout seul.</translation>
    </message>
    <message>
        <source>Whether meetings can be streamed, and whether streaming starts by itself.</source>
        <translation>Si les réunions peuvent être diffusées, et si la diffusion démarre toute seule.</translation>
    </message>
    <message>
        <source>How a SIP caller gives an empty passcode: by pressing #, or by silence until the timeout.</source>
        <translation>Comment un appelant SIP donne un code d&apos;accès vide : en appuyant sur #, ou en ne faisant rien jusqu&apos;au délai.</translation>
    </message>
    <message>
        <source>How long a silence counts as an empty passcode, when the timeout applies.</source>
        <translation>Après combien de temps un silence vaut un code d&apos;accès vide, lorsque le délai s&apos;applique.</translation>
    </message>
    <message>
        <source>Whether meetings have a message board (before CMS 3.0).</source>
        <translation>Si les réunions ont un tableau de messages (avant CMS 3.0).</translation>
    </message>
    <message>
        <source>The fewest digits a passcode may have: a shorter one is refused.</source>
        <translation>Le nombre minimal de chiffres d&apos;un code d&apos;accès : un code plus court est refusé.</translation>
    </message>
    <message>
        <source>Yes: passcodes already set that are shorter keep working.</source>
        <translation>Oui : les codes d&apos;accès déjà définis et plus courts continuent de fonctionner.</translation>
    </message>
    <message>
        <source>What the template is for, in a few words.</source>
        <translation>À quoi sert le modèle, en quelques mots.</translation>
    </message>
    <message>
        <source>How many access method templates the template has.</source>
        <translation>Le nombre de modèles de méthode d&apos;accès du modèle.</translation>
    </message>
    <message>
        <source>The call profile of the spaces made from this template.</source>
        <translation>Le profil d&apos;appel des espaces créés à partir de ce modèle.</translation>
    </message>
    <message>
        <source>The call leg profile of the spaces made from this template.</source>
        <translation>Le profil de branche d&apos;appel des espaces créés à partir de ce modèle.</translation>
    </message>
    <message>
        <source>The dial-in security profile of the spaces made from this template.</source>
        <translation>Le profil de sécurité d&apos;appel entrant des espaces créés à partir de ce modèle.</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: name and description.</extracomment>
        <translation>Général</translation>
    </message>
    <message>
        <source>Lobby and activation</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: waiting for a host, locking.</extracomment>
        <translation>Salle d&apos;attente et activation</translation>
    </message>
    <message>
        <source>Passcodes</source>
        <translation>Codes d&apos;accès</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: what participants may do.</extracomment>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: audio, video, layout, recording.</extracomment>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>Heading of a space template&apos;s group of settings: the profiles its spaces get.</extracomment>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation>Autres paramètres</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>“%1” is given more than once.</source>
        <translation>«&#xa0;%1&#xa0;» est indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>%1 are only available from CMS %2 on; this server runs CMS %3.</source>
        <translation>%1&#xa0;: disponible uniquement à partir de CMS %2&#xa0;; ce serveur exécute CMS %3.</translation>
    </message>
    <message>
        <source>%1 cannot be created through the API.</source>
        <translation>%1&#xa0;: création impossible via l&apos;API.</translation>
    </message>
    <message>
        <source>%1 cannot be changed through the API.</source>
        <translation>%1&#xa0;: modification impossible via l&apos;API.</translation>
    </message>
    <message>
        <source>“%1” is reported by the server and cannot be set.</source>
        <translation>«&#xa0;%1&#xa0;» est fourni par le serveur et ne peut pas être défini.</translation>
    </message>
    <message>
        <source>“%1” can only be set when creating; it cannot be changed afterwards.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être défini qu&apos;à la création&#xa0;; il ne peut plus être modifié ensuite.</translation>
    </message>
    <message>
        <source>“%1” can only be used on an existing object, not when creating one.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être utilisé que sur un objet existant, pas lors de sa création.</translation>
    </message>
    <message>
        <source>“%1” needs CMS %2 or later; this server runs CMS %3.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite CMS %2 ou une version ultérieure&#xa0;; ce serveur exécute CMS %3.</translation>
    </message>
    <message>
        <source>“%1” was removed in CMS %2; this server runs CMS %3.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé dans CMS %2&#xa0;; ce serveur exécute CMS %3.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”; did you mean “%2”?</source>
        <translation>Paramètre «&#xa0;%1&#xa0;» inconnu&#xa0;; vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %Ln characters long.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» peut comporter au maximum %Ln caractère.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» peut comporter au maximum %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be “true” or “false”, not “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir «&#xa0;true&#xa0;» ou «&#xa0;false&#xa0;», et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” must be a whole number of seconds, zero or more, not “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de secondes, positif ou nul, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, zero or more, not “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier, positif ou nul, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” must be %2 or more.</source>
        <translation>«&#xa0;%1&#xa0;» doit être supérieur ou égal à %2.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>“%1” may contain only digits; “%2” is not a digit.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que des chiffres&#xa0;; «&#xa0;%2&#xa0;» n&apos;est pas un chiffre.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %Ln digits long.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» peut comporter au maximum %Ln chiffre.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» peut comporter au maximum %Ln chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the part before the @ only: leave out the @ and the domain.</source>
        <translation>«&#xa0;%1&#xa0;» correspond uniquement à la partie qui précède le @&#xa0;: omettez le @ et le domaine.</translation>
    </message>
    <message>
        <source>“%1” cannot contain spaces.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>“%1” has a “%” that is not followed by two hexadecimal digits.</source>
        <translation>«&#xa0;%1&#xa0;» contient un «&#xa0;%&#xa0;» qui n&apos;est pas suivi de deux chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>“%1” cannot contain “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas contenir «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” must contain “$index$” exactly once; it stands for the number of each space.</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir «&#xa0;$index$&#xa0;» exactement une fois&#xa0;; il représente le numéro de chaque espace.</translation>
    </message>
    <message>
        <source>“%1” must be a user address such as name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une adresse d&apos;utilisateur, comme name@example.com.</translation>
    </message>
    <message>
        <source>“%1” must be a complete URL with a scheme and a host, such as https://cms1.example.com:445.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une URL complète, avec un schéma et un hôte, comme https://cms1.example.com:445.</translation>
    </message>
    <message>
        <source>“%1” cannot be “%2”. Possible values: %3.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas valoir «&#xa0;%2&#xa0;». Valeurs possibles&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The value “%2” of “%1” needs CMS %3 or later; this server runs CMS %4.</source>
        <translation>La valeur «&#xa0;%2&#xa0;» de «&#xa0;%1&#xa0;» nécessite CMS %3 ou une version ultérieure&#xa0;; ce serveur exécute CMS %4.</translation>
    </message>
    <message>
        <source>“%1” must be the id of an object, a GUID such as 6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f.</source>
        <translation>«&#xa0;%1&#xa0;» doit être l&apos;identifiant d&apos;un objet, c&apos;est-à-dire un GUID comme 6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f.</translation>
    </message>
    <message>
        <source>The last index cannot be smaller than the first index.</source>
        <translation>Le dernier index ne peut pas être inférieur au premier index.</translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Profil d&apos;appel</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>Profil de branche d&apos;appel</translation>
    </message>
    <message>
        <source>Dial-in security profile</source>
        <translation>Profil de sécurité d&apos;appel entrant</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>État du système</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>Version du logiciel</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Clustered</source>
        <translation>En cluster</translation>
    </message>
    <message>
        <source>CDR time</source>
        <translation>Heure CDR</translation>
    </message>
    <message>
        <source>Active call legs</source>
        <translation>Branches d&apos;appel actives</translation>
    </message>
    <message>
        <source>Most call legs active at once</source>
        <translation>Maximum de branches d&apos;appel actives simultanément</translation>
    </message>
    <message>
        <source>Completed call legs</source>
        <translation>Branches d&apos;appel terminées</translation>
    </message>
    <message>
        <source>Outgoing audio bit rate</source>
        <translation>Débit audio sortant</translation>
    </message>
    <message>
        <source>Incoming audio bit rate</source>
        <translation>Débit audio entrant</translation>
    </message>
    <message>
        <source>Outgoing video bit rate</source>
        <translation>Débit vidéo sortant</translation>
    </message>
    <message>
        <source>Incoming video bit rate</source>
        <translation>Débit vidéo entrant</translation>
    </message>
    <message>
        <source>System profiles</source>
        <translation>Profils système</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Participant limit</source>
        <translation>Limite de participants</translation>
    </message>
    <message>
        <source>Call bridges</source>
        <translation>Ponts d&apos;appel</translation>
    </message>
    <message>
        <source>Web Admin address</source>
        <translation>Adresse Web Admin</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>Domaine SIP</translation>
    </message>
    <message>
        <source>Call bridge group</source>
        <translation>Groupe de ponts d&apos;appel</translation>
    </message>
    <message>
        <source>Call bridge groups</source>
        <translation>Groupes de ponts d&apos;appel</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>Répartition de charge</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Secondary URI</source>
        <translation>URI secondaire</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Disposition par défaut</translation>
    </message>
    <message>
        <source>Non-members may join</source>
        <translation>Ouvert aux non-membres</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>ID du propriétaire</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Generate a new secret</source>
        <translation>Générer un nouveau secret</translation>
    </message>
    <message>
        <source>CDR tag</source>
        <translation>Balise CDR</translation>
    </message>
    <message>
        <source>Streaming URL</source>
        <translation>URL de diffusion</translation>
    </message>
    <message>
        <source>Meeting scheduler</source>
        <translation>Organisateur de la réunion</translation>
    </message>
    <message>
        <source>Generate a call ID</source>
        <translation>Générer un ID d&apos;appel</translation>
    </message>
    <message>
        <source>Generated automatically</source>
        <translation>Généré automatiquement</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>Méthodes d&apos;accès</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Who may see an access method in the apps: public, private, or members (from CMS 3.2).</extracomment>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Space members</source>
        <translation>Membres de l&apos;espace</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Can delete the space</source>
        <translation>Peut supprimer l&apos;espace</translation>
    </message>
    <message>
        <source>Can add and remove members</source>
        <translation>Peut ajouter et retirer des membres</translation>
    </message>
    <message>
        <source>Can change the name</source>
        <translation>Peut modifier le nom</translation>
    </message>
    <message>
        <source>Can change the URI</source>
        <translation>Peut modifier l&apos;URI</translation>
    </message>
    <message>
        <source>Can change the call ID</source>
        <translation>Peut modifier l&apos;ID d&apos;appel</translation>
    </message>
    <message>
        <source>Can change the passcode</source>
        <translation>Peut modifier le code d&apos;accès</translation>
    </message>
    <message>
        <source>Can leave the space</source>
        <translation>Peut quitter l&apos;espace</translation>
    </message>
    <message>
        <source>Can delete all messages</source>
        <translation>Peut supprimer tous les messages</translation>
    </message>
    <message>
        <source>Can let non-members join</source>
        <translation>Peut ouvrir l&apos;espace aux non-membres</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>User space templates</source>
        <translation>Modèles d&apos;espace de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Space template</source>
        <translation>Modèle d&apos;espace</translation>
    </message>
    <message>
        <source>Call profiles</source>
        <translation>Profils d&apos;appel</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Lock applies to</source>
        <extracomment>Whom a locked meeting keeps out: everyone new, or only guests who wait for a host.</extracomment>
        <translation>Verrouillage appliqué à</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Empty passcode</source>
        <extracomment>What counts as an empty passcode: pressing # (required) or silence (timeout).</extracomment>
        <translation>Code d&apos;accès vide</translation>
    </message>
    <message>
        <source>Passcode timeout</source>
        <translation>Délai de saisie du code d&apos;accès</translation>
    </message>
    <message>
        <source>Message board</source>
        <translation>Tableau de messages</translation>
    </message>
    <message>
        <source>Call leg profiles</source>
        <translation>Profils de branche d&apos;appel</translation>
    </message>
    <message>
        <source>Waits in the lobby for a host</source>
        <translation>Attend un hôte en salle d&apos;attente</translation>
    </message>
    <message>
        <source>When the last host leaves</source>
        <translation>Au départ du dernier hôte</translation>
    </message>
    <message>
        <source>Delay after the last host leaves</source>
        <translation>Délai après le départ du dernier hôte</translation>
    </message>
    <message>
        <source>May change the layout</source>
        <translation>Peut changer la disposition</translation>
    </message>
    <message>
        <source>Participant labels</source>
        <translation>Étiquettes des participants</translation>
    </message>
    <message>
        <source>May present</source>
        <translation>Peut présenter</translation>
    </message>
    <message>
        <source>May view presentations</source>
        <translation>Peut voir les présentations</translation>
    </message>
    <message>
        <source>May end the meeting</source>
        <translation>Peut mettre fin à la réunion</translation>
    </message>
    <message>
        <source>May mute others</source>
        <translation>Peut couper le micro des autres</translation>
    </message>
    <message>
        <source>May stop others&apos; video</source>
        <translation>Peut couper la vidéo des autres</translation>
    </message>
    <message>
        <source>May mute themselves</source>
        <translation>Peut couper son propre micro</translation>
    </message>
    <message>
        <source>May stop their own video</source>
        <translation>Peut couper sa propre vidéo</translation>
    </message>
    <message>
        <source>May disconnect others</source>
        <translation>Peut déconnecter les autres</translation>
    </message>
    <message>
        <source>May add participants</source>
        <translation>Peut ajouter des participants</translation>
    </message>
    <message>
        <source>Others cannot hear them</source>
        <translation>Les autres ne l&apos;entendent pas</translation>
    </message>
    <message>
        <source>They cannot hear others</source>
        <translation>N&apos;entend pas les autres</translation>
    </message>
    <message>
        <source>Others cannot see them</source>
        <translation>Les autres ne le voient pas</translation>
    </message>
    <message>
        <source>They cannot see others</source>
        <translation>Ne voit pas les autres</translation>
    </message>
    <message>
        <source>Join tone up to participants</source>
        <translation>Seuil de participants pour la tonalité d&apos;arrivée</translation>
    </message>
    <message>
        <source>Leave tone up to participants</source>
        <translation>Seuil de participants pour la tonalité de départ</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Durée maximale d&apos;appel</translation>
    </message>
    <message>
        <source>Main video quality</source>
        <translation>Qualité de la vidéo principale</translation>
    </message>
    <message>
        <source>Presentation quality</source>
        <translation>Qualité de la présentation</translation>
    </message>
    <message>
        <source>Participant counter</source>
        <translation>Compteur de participants</translation>
    </message>
    <message>
        <source>SIP media encryption</source>
        <translation>Chiffrement des médias SIP</translation>
    </message>
    <message>
        <source>Dial-in security profiles</source>
        <translation>Profils de sécurité d&apos;appel entrant</translation>
    </message>
    <message>
        <source>Shortest passcode</source>
        <translation>Longueur minimale du code d&apos;accès</translation>
    </message>
    <message>
        <source>Existing shorter passcodes still work</source>
        <translation>Les codes d&apos;accès existants plus courts restent valides</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>Modèles d&apos;espace</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>Modèles de méthode d&apos;accès</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <translation>Motif d&apos;URI</translation>
    </message>
    <message>
        <source>Generate a unique call ID</source>
        <translation>Générer un ID d&apos;appel unique</translation>
    </message>
    <message>
        <source>Bulk space parameter sets</source>
        <translation>Jeux de paramètres de création d&apos;espaces en masse</translation>
    </message>
    <message>
        <source>First index</source>
        <translation>Premier index</translation>
    </message>
    <message>
        <source>Last index</source>
        <translation>Dernier index</translation>
    </message>
    <message>
        <source>URI mapping</source>
        <translation>Correspondance d&apos;URI</translation>
    </message>
    <message>
        <source>Name mapping</source>
        <translation>Correspondance de nom</translation>
    </message>
    <message>
        <source>Call ID mapping</source>
        <translation>Correspondance d&apos;ID d&apos;appel</translation>
    </message>
    <message>
        <source>Bulk space synchronisations</source>
        <translation>Synchronisations d&apos;espaces en masse</translation>
    </message>
    <message>
        <source>Parameter set</source>
        <translation>Jeu de paramètres</translation>
    </message>
    <message>
        <source>Delete the spaces</source>
        <translation>Supprimer les espaces</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Call correlator</source>
        <translation>Corrélateur d&apos;appel</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Type d&apos;appel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Call legs</source>
        <translation>Branches d&apos;appel</translation>
    </message>
    <message>
        <source>Participants here</source>
        <translation>Participants sur ce pont d&apos;appel</translation>
    </message>
    <message>
        <source>Participants on other call bridges</source>
        <translation>Participants sur d&apos;autres ponts d&apos;appel</translation>
    </message>
    <message>
        <source>Other call bridges</source>
        <translation>Autres ponts d&apos;appel</translation>
    </message>
    <message>
        <source>Remote party</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Can be moved</source>
        <translation>Déplaçable</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting in the lobby</source>
        <translation>En salle d&apos;attente</translation>
    </message>
    <message>
        <source>Received audio codec</source>
        <translation>Codec audio reçu</translation>
    </message>
    <message>
        <source>Received audio bit rate</source>
        <translation>Débit audio reçu</translation>
    </message>
    <message>
        <source>Received audio jitter</source>
        <translation>Gigue audio reçue</translation>
    </message>
    <message>
        <source>Received audio packet loss</source>
        <translation>Perte de paquets audio reçus</translation>
    </message>
    <message>
        <source>Sent audio codec</source>
        <translation>Codec audio envoyé</translation>
    </message>
    <message>
        <source>Sent audio bit rate</source>
        <translation>Débit audio envoyé</translation>
    </message>
    <message>
        <source>Audio round trip time</source>
        <translation>Temps aller-retour audio</translation>
    </message>
    <message>
        <source>Received video codec</source>
        <translation>Codec vidéo reçu</translation>
    </message>
    <message>
        <source>Received video bit rate</source>
        <translation>Débit vidéo reçu</translation>
    </message>
    <message>
        <source>Received video jitter</source>
        <translation>Gigue vidéo reçue</translation>
    </message>
    <message>
        <source>Received video packet loss</source>
        <translation>Perte de paquets vidéo reçus</translation>
    </message>
    <message>
        <source>Sent video codec</source>
        <translation>Codec vidéo envoyé</translation>
    </message>
    <message>
        <source>Sent video bit rate</source>
        <translation>Débit vidéo envoyé</translation>
    </message>
    <message>
        <source>Video round trip time</source>
        <translation>Temps aller-retour vidéo</translation>
    </message>
    <message>
        <source>Packet loss alarm</source>
        <translation>Alarme de perte de paquets</translation>
    </message>
    <message>
        <source>Jitter alarm</source>
        <translation>Alarme de gigue</translation>
    </message>
    <message>
        <source>Round trip time alarm</source>
        <translation>Alarme de temps aller-retour</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>Yes/no column: the participant lets guests out of the lobby (a host).</extracomment>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>Déplacé depuis</translation>
    </message>
    <message>
        <source>Moved from call bridge</source>
        <translation>Déplacé depuis le pont d&apos;appel</translation>
    </message>
    <message>
        <source>Hosting call bridge</source>
        <translation>Pont d&apos;appel d&apos;hébergement</translation>
    </message>
    <message>
        <source>Address to dial</source>
        <translation>Adresse à appeler</translation>
    </message>
    <message>
        <source>Only these participants</source>
        <translation>Uniquement ces participants</translation>
    </message>
</context>
<context>
    <name>SchemaValue</name>
    <message>
        <source>All equal</source>
        <translation>Tous égaux</translation>
    </message>
    <message>
        <source>Speaker only</source>
        <translation>Intervenant seul</translation>
    </message>
    <message>
        <source>Telepresence</source>
        <translation>Téléprésence</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Empilée</translation>
    </message>
    <message>
        <source>All equal, 2 × 2</source>
        <translation>Tous égaux, 2 × 2</translation>
    </message>
    <message>
        <source>All equal, 3 × 3</source>
        <translation>Tous égaux, 3 × 3</translation>
    </message>
    <message>
        <source>All equal, 4 × 4</source>
        <translation>Tous égaux, 4 × 4</translation>
    </message>
    <message>
        <source>All equal, 5 × 5</source>
        <translation>Tous égaux, 5 × 5</translation>
    </message>
    <message>
        <source>One large and five small</source>
        <translation>Un grand et cinq petits</translation>
    </message>
    <message>
        <source>One large and seven small</source>
        <translation>Un grand et sept petits</translation>
    </message>
    <message>
        <source>One large and nine small</source>
        <translation>Un grand et neuf petits</translation>
    </message>
    <message>
        <source>One large and the others small</source>
        <translation>Un grand et les autres petits</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Started by a participant</source>
        <translation>Lancé par un participant</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Membres seulement</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Those who wait for a host</source>
        <translation>Ceux qui attendent un hôte</translation>
    </message>
    <message>
        <source>Must be entered</source>
        <translation>Doit être saisi</translation>
    </message>
    <message>
        <source>Accepted after a wait</source>
        <translation>Accepté après un délai</translation>
    </message>
    <message>
        <source>Guests wait for a host again</source>
        <translation>Les invités attendent de nouveau un hôte</translation>
    </message>
    <message>
        <source>Guests are disconnected</source>
        <translation>Les invités sont déconnectés</translation>
    </message>
    <message>
        <source>The meeting goes on</source>
        <translation>La réunion continue</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Up to 1080p at 30 frames/s</source>
        <translation>Jusqu&apos;à 1080p à 30 images/s</translation>
    </message>
    <message>
        <source>Up to 720p at 30 frames/s</source>
        <translation>Jusqu&apos;à 720p à 30 images/s</translation>
    </message>
    <message>
        <source>Up to 480p at 30 frames/s</source>
        <translation>Jusqu&apos;à 480p à 30 images/s</translation>
    </message>
    <message>
        <source>Up to 720p at 5 frames/s</source>
        <translation>Jusqu&apos;à 720p à 5 images/s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation>Quand c&apos;est utile</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed: a URI is already in use</source>
        <translation>Échec : un URI est déjà utilisé</translation>
    </message>
    <message>
        <source>Failed: a call ID is already in use</source>
        <translation>Échec : un ID d&apos;appel est déjà utilisé</translation>
    </message>
    <message>
        <source>Failed: the index range is not valid</source>
        <translation>Échec : la plage d&apos;index n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Failed: the index range is too large</source>
        <translation>Échec : la plage d&apos;index est trop grande</translation>
    </message>
    <message>
        <source>Failed: the parameter set does not exist</source>
        <translation>Échec : le jeu de paramètres n&apos;existe pas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>cms::AdHocMeetingStartOperation</name>
    <message>
        <source>A meeting already runs in “%1” on %2.</source>
        <translation>Une réunion a déjà lieu dans «&#xa0;%1&#xa0;» sur %2.</translation>
    </message>
    <message>
        <source>%1 does not answer: the meeting is not started there, nor moved to another call bridge without your say.</source>
        <translation>%1 ne répond pas : la réunion n&apos;y est pas démarrée, ni déplacée vers un autre pont d&apos;appel sans votre accord.</translation>
    </message>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <extracomment>%1: the space, %2: what changes</extracomment>
        <translation>Préparer l&apos;espace « %1 » pour la réunion : %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Start the meeting of “%1” on %2 (POST /calls coSpace=%3)</source>
        <extracomment>%1: the space, %2: the call bridge</extracomment>
        <translation>Démarrer la réunion de «&#xa0;%1&#xa0;» sur %2 (POST /calls coSpace=%3)</translation>
    </message>
</context>
<context>
    <name>cms::AdmitOperation</name>
    <message>
        <source>%1 is not waiting in the lobby.</source>
        <translation>%1 n&apos;attend pas en salle d&apos;attente.</translation>
    </message>
    <message>
        <source>Let %1 in from the lobby on %2 (PUT /%3 deactivated=false)</source>
        <translation>Faire entrer %1 depuis la salle d&apos;attente sur %2 (PUT /%3 deactivated=false)</translation>
    </message>
    <message>
        <source>The server accepted the request, but the participant is still in the lobby.</source>
        <translation>Le serveur a accepté la requête, mais le participant est toujours en salle d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>cms::ApiTrace</name>
    <message>
        <source>%1  %2  %3 ms</source>
        <extracomment>Trace heading: start time, call bridge (host:port), duration in milliseconds</extracomment>
        <translation>%1  %2  %3 ms</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <source># %1 marks a secret the trace does not keep: put the real value in its place before running.</source>
        <extracomment>A shell comment above a curl command; %1 is the &quot;(redacted)&quot; placeholder</extracomment>
        <translation># %1 signale un secret que la trace ne conserve pas&#xa0;: remplacez-le par la valeur réelle avant l&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>cms::BulkSpaceChange</name>
    <message>
        <source>This space was created automatically for a user; it is removed with the user.</source>
        <translation>Cet espace a été créé automatiquement pour un utilisateur&#xa0;; il est supprimé avec l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Space %1 deleted.</source>
        <extracomment>Activity log. %1: space name</extracomment>
        <translation>Espace %1 supprimé.</translation>
    </message>
    <message>
        <source>Field %1 unset on space %2.</source>
        <extracomment>Activity log. %1: field (API name), %2: space name</extracomment>
        <translation>Champ %1 effacé sur l&apos;espace %2.</translation>
    </message>
    <message>
        <source>Field %1 set on space %2.</source>
        <extracomment>Activity log. %1: field (API name), %2: space name</extracomment>
        <translation>Champ %1 défini sur l&apos;espace %2.</translation>
    </message>
</context>
<context>
    <name>cms::BulkSyncStatus</name>
    <message>
        <source>The bulk sync is waiting to start on the server.</source>
        <translation>La synchronisation groupée attend de démarrer sur le serveur.</translation>
    </message>
    <message>
        <source>The server is creating, updating or removing the placeholder spaces.</source>
        <translation>Le serveur crée, met à jour ou supprime les espaces réservés.</translation>
    </message>
    <message>
        <source>The bulk sync is complete.</source>
        <translation>La synchronisation groupée est terminée.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: one of the URIs that “%1” makes for indexes %2–%3 is already used by another space or access method. Choose another URI pattern or another range.</source>
        <extracomment>%1: the URI pattern, %2–%3: the index range</extracomment>
        <translation>La synchronisation groupée s&apos;est arrêtée : l&apos;un des URI que « %1 » produit pour les index %2 à %3 est déjà utilisé par un autre espace ou une autre méthode d&apos;accès. Choisissez un autre modèle d&apos;URI ou une autre plage.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: one of the call IDs that “%1” makes for indexes %2–%3 is already used by another space or access method. Choose another call ID pattern or another range.</source>
        <extracomment>%1: the call ID pattern, %2–%3: the index range</extracomment>
        <translation>La synchronisation groupée s&apos;est arrêtée : l&apos;un des ID d&apos;appel que « %1 » produit pour les index %2 à %3 est déjà utilisé par un autre espace ou une autre méthode d&apos;accès. Choisissez un autre modèle d&apos;ID d&apos;appel ou une autre plage.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: the server finds the index range %1–%2 invalid (the first index must not come after the last).</source>
        <translation>La synchronisation groupée s&apos;est arrêtée : le serveur juge la plage d&apos;index %1 à %2 non valide (le premier index ne doit pas venir après le dernier).</translation>
    </message>
    <message>
        <source>The bulk sync stopped: the range %1–%2 holds more spaces than the server makes in one bulk sync. Create the pool in smaller ranges (grow it range by range).</source>
        <translation>La synchronisation groupée s&apos;est arrêtée : la plage %1 à %2 contient plus d&apos;espaces que le serveur n&apos;en crée en une synchronisation groupée. Créez le pool par plages plus petites (agrandissez-le plage par plage).</translation>
    </message>
    <message>
        <source>The bulk sync stopped: its bulk parameter set no longer exists on the server (someone deleted it meanwhile).</source>
        <translation>La synchronisation groupée s&apos;est arrêtée : son jeu de paramètres groupés n&apos;existe plus sur le serveur (quelqu&apos;un l&apos;a supprimé entre-temps).</translation>
    </message>
    <message>
        <source>The bulk sync failed on the server, which gives no reason: some placeholder spaces of the range %1–%2 may have been made or changed before it stopped.</source>
        <translation>La synchronisation groupée a échoué sur le serveur, qui n&apos;en donne pas la raison : des espaces réservés de la plage %1 à %2 ont pu être créés ou modifiés avant l&apos;arrêt.</translation>
    </message>
    <message>
        <source>The bulk sync ended with a status this console does not know: “%1”.</source>
        <translation>La synchronisation groupée s&apos;est terminée avec un état que cette console ne connaît pas : « %1 ».</translation>
    </message>
</context>
<context>
    <name>cms::ClusterRegistry</name>
    <message>
        <source>The cluster was not saved: it needs at least the primary call bridge&apos;s address.</source>
        <translation>Le cluster n&apos;a pas été enregistré&#xa0;: il faut au moins l&apos;adresse du pont d&apos;appel principal.</translation>
    </message>
    <message>
        <source>The cluster “%1” was not saved: a password could not be stored. %2</source>
        <translation>Le cluster «&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: un mot de passe n&apos;a pas pu être enregistré. %2</translation>
    </message>
</context>
<context>
    <name>cms::ClusterSession</name>
    <message>
        <source>The cluster has no call bridge address. Edit the cluster and enter one.</source>
        <translation>Le cluster n&apos;a aucune adresse de pont d&apos;appel. Modifiez le cluster et saisissez-en une.</translation>
    </message>
    <message>
        <source>No password is stored for the user “%1” on the call bridge %2. Edit the cluster and enter the password.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour l&apos;utilisateur «&#xa0;%1&#xa0;» sur le pont d&apos;appel %2. Modifiez le cluster et saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Configuration traffic moved from the call bridge %1 to %2. %3</source>
        <translation>Le trafic de configuration est passé du pont d&apos;appel %1 à %2. %3</translation>
    </message>
    <message>
        <source>Configuration traffic returned from the call bridge %1 to the primary, %2. %3</source>
        <translation>Le trafic de configuration est revenu du pont d&apos;appel %1 au principal, %2. %3</translation>
    </message>
    <message>
        <source>The cluster&apos;s call bridges could not be listed. %1</source>
        <translation>Impossible de lister les ponts d&apos;appel du cluster. %1</translation>
    </message>
    <message numerus="yes">
        <source>Discovery found %Ln call bridge(s) in the cluster.</source>
        <translation>
            <numerusform>%Ln pont d&apos;appel découvert dans le cluster.</numerusform>
            <numerusform>%Ln ponts d&apos;appel découverts dans le cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call bridge %1 does not answer.</source>
        <translation>Le pont d&apos;appel %1 ne répond pas.</translation>
    </message>
    <message>
        <source>The call bridge %1 answers again.</source>
        <translation>Le pont d&apos;appel %1 répond de nouveau.</translation>
    </message>
    <message>
        <source>Connected to the call bridge %1: CMS version %2.</source>
        <translation>Connecté au pont d&apos;appel %1&#xa0;: version de CMS %2.</translation>
    </message>
    <message>
        <source>The call bridge %1 showed a different certificate from the one pinned for it. Nothing is sent to it until you decide whether to trust the new one.</source>
        <translation>Le pont d&apos;appel %1 a présenté un certificat différent de celui qui a été épinglé pour lui. Rien ne lui est envoyé tant que vous n&apos;avez pas décidé d&apos;approuver ou non le nouveau certificat.</translation>
    </message>
    <message>
        <source>The call bridge %1 showed a certificate that is not trusted. Nothing is sent to it until you decide whether to trust it.</source>
        <translation>Le pont d&apos;appel %1 a présenté un certificat non approuvé. Rien ne lui est envoyé tant que vous n&apos;avez pas décidé de l&apos;approuver ou non.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A call bridge in a sentence: %1 its name (&quot;CallBridge-Paris&quot;), %2 its address (host:port).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cms::ConfigStepsOperation</name>
    <message>
        <source>The server accepted the request, but %1 reads back as “%2” instead of “%3”.</source>
        <translation>Le serveur a accepté la requête, mais %1 vaut « %2 » à la relecture au lieu de « %3 ».</translation>
    </message>
    <message>
        <source>The server accepted the request but did not say what it created.</source>
        <translation>Le serveur a accepté la requête mais n&apos;a pas indiqué ce qu&apos;il a créé.</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1, created by this run (deleting it failed: %2).</source>
        <extracomment>%1: the API path of an object that was created and could not be deleted, %2: why</extracomment>
        <translation>Reste sur le cluster : /%1, créé par cette exécution (échec de sa suppression : %2).</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1 keeps the new values of %2 (putting the old ones back failed: %3).</source>
        <extracomment>%1: API path, %2: the fields that keep their new values, %3: why</extracomment>
        <translation>Reste sur le cluster : /%1 garde les nouvelles valeurs de %2 (échec de la restauration des anciennes : %3).</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
%3
Everything done before it was undone: nothing is left behind.</source>
        <extracomment>%1: step number, %2: the step, %3: why it failed</extracomment>
        <translation>L&apos;étape %1 a échoué : %2
%3
Tout ce qui avait été fait avant a été annulé : rien n&apos;est resté.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
%3
Not everything could be undone:
%4</source>
        <extracomment>%1: step number, %2: the step, %3: why it failed, %4: what is left, one per line</extracomment>
        <translation>L&apos;étape %1 a échoué : %2
%3
Tout n&apos;a pas pu être annulé :
%4</translation>
    </message>
</context>
<context>
    <name>cms::Connection</name>
    <message numerus="yes">
        <source>The primary call bridge %1 has answered again for %Ln second(s).</source>
        <translation>
            <numerusform>Le pont d&apos;appel principal %1 répond de nouveau depuis %Ln seconde.</numerusform>
            <numerusform>Le pont d&apos;appel principal %1 répond de nouveau depuis %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>It did not answer the health check.</source>
        <translation>Il n&apos;a pas répondu au contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <source>It took %1 ms to answer the health check.</source>
        <translation>Il a mis %1 ms à répondre au contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <source>Call bridge %1 failed after it received the request to create %2. It may have been created, so it was not sent again to another call bridge: check before creating it again.</source>
        <translation>Le pont d&apos;appel %1 a échoué après avoir reçu la requête de création dans %2. L&apos;objet a peut-être été créé&#xa0;; la requête n&apos;a donc pas été renvoyée à un autre pont d&apos;appel&#xa0;: vérifiez avant de le créer de nouveau.</translation>
    </message>
    <message>
        <source>Call bridge %1 does not answer.</source>
        <translation>Le pont d&apos;appel %1 ne répond pas.</translation>
    </message>
    <message>
        <source>Call bridge %1 does not answer: %2</source>
        <translation>Le pont d&apos;appel %1 ne répond pas&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cms::DialAddress</name>
    <message>
        <source>Type the address to dial: a URI such as alice@example.com, or a telephone number.</source>
        <translation>Saisissez l&apos;adresse à appeler : un URI comme alice@example.com, ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>Une adresse ne peut pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>Type the name before the @, as in alice@example.com.</source>
        <translation>Saisissez le nom avant le @, comme dans alice@example.com.</translation>
    </message>
    <message>
        <source>Type the domain after the @, as in alice@example.com.</source>
        <translation>Saisissez le domaine après le @, comme dans alice@example.com.</translation>
    </message>
    <message>
        <source>An address holds only one @.</source>
        <translation>Une adresse ne contient qu&apos;un seul @.</translation>
    </message>
    <message>
        <source>The character %1 cannot be used before the @.</source>
        <translation>Le caractère %1 ne peut pas figurer avant le @.</translation>
    </message>
    <message>
        <source>%1 is not a domain name or an IP address.</source>
        <translation>%1 n&apos;est ni un nom de domaine ni une adresse IP.</translation>
    </message>
    <message>
        <source>%1 has no domain: type the whole address, as in %2.</source>
        <translation>Il manque le domaine à %1 : saisissez l&apos;adresse complète, comme %2.</translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation>%1 n&apos;est pas un numéro de port (de 1 à 65535).</translation>
    </message>
    <message>
        <source>A telephone number holds only digits, with an optional + first.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, éventuellement précédés d&apos;un +.</translation>
    </message>
</context>
<context>
    <name>cms::DialOutOperation</name>
    <message>
        <source>Dial %1 from the call “%2” on %3 (POST /calls/%4/callLegs)</source>
        <translation>Appeler %1 depuis l&apos;appel «&#xa0;%2&#xa0;» sur %3 (POST /calls/%4/callLegs)</translation>
    </message>
</context>
<context>
    <name>cms::DisconnectOperation</name>
    <message>
        <source>Disconnect %1 on %2 (DELETE /%3)</source>
        <translation>Déconnecter %1 sur %2 (DELETE /%3)</translation>
    </message>
</context>
<context>
    <name>cms::EndCallOperation</name>
    <message>
        <source>End the call “%1” on %2 for everyone (DELETE /calls/%3)</source>
        <translation>Mettre fin à l&apos;appel «&#xa0;%1&#xa0;» sur %2 pour tous les participants (DELETE /calls/%3)</translation>
    </message>
</context>
<context>
    <name>cms::EventsClient</name>
    <message>
        <source>The events connection did not open in time.</source>
        <translation>La connexion aux événements ne s&apos;est pas ouverte à temps.</translation>
    </message>
    <message>
        <source>The call bridge gave no events token.</source>
        <translation>Le pont d&apos;appel n&apos;a fourni aucun jeton d&apos;événements.</translation>
    </message>
    <message>
        <source>The call bridge presented a certificate other than the pinned one.</source>
        <translation>Le pont d&apos;appel a présenté un certificat autre que le certificat épinglé.</translation>
    </message>
</context>
<context>
    <name>cms::LiveOperation</name>
    <message>
        <source>The server accepted the request, but the object is still there.</source>
        <translation>Le serveur a accepté la requête, mais l&apos;objet est toujours présent.</translation>
    </message>
</context>
<context>
    <name>cms::MeetingEndOperation</name>
    <message>
        <source>“%1” is not a placeholder of any pool: give the name to put back on it.</source>
        <translation>« %1 » n&apos;est l&apos;espace réservé d&apos;aucun pool : indiquez le nom à lui redonner.</translation>
    </message>
    <message>
        <source>No meeting runs in “%1”: only the placeholder is put back.</source>
        <translation>Aucune réunion n&apos;a lieu dans « %1 » : seul l&apos;espace réservé est remis en place.</translation>
    </message>
    <message>
        <source>Put the placeholder back on “%1”: %2 (PUT /%3)</source>
        <translation>Remettre l&apos;espace réservé en place sur « %1 » : %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>End the meeting&apos;s call on %1 for everyone (DELETE /%2)</source>
        <translation>Mettre fin à l&apos;appel de la réunion sur %1 pour tous (DELETE /%2)</translation>
    </message>
    <message>
        <source>The meeting&apos;s call bridge %1 does not answer (%2): its meeting is not moved to another call bridge.</source>
        <translation>Le pont d&apos;appel de la réunion, %1, ne répond pas (%2) : sa réunion n&apos;est pas déplacée vers un autre pont d&apos;appel.</translation>
    </message>
    <message>
        <source>The server accepted the request, but the meeting&apos;s call is still there.</source>
        <translation>Le serveur a accepté la demande, mais l&apos;appel de la réunion est toujours là.</translation>
    </message>
</context>
<context>
    <name>cms::MeetingExtendOperation</name>
    <message>
        <source>No meeting runs in “%1”: there is nothing to extend.</source>
        <translation>Aucune réunion n&apos;a lieu dans « %1 » : il n&apos;y a rien à prolonger.</translation>
    </message>
    <message>
        <source>No meeting of “%1” was found. %2</source>
        <translation>Aucune réunion de « %1 » n&apos;a été trouvée. %2</translation>
    </message>
    <message>
        <source>Check that the meeting still runs on %1 (GET /calls/%2)</source>
        <translation>Vérifier que la réunion a toujours lieu sur %1 (GET /calls/%2)</translation>
    </message>
    <message>
        <source>The meeting ended meanwhile: there is nothing to extend.</source>
        <translation>La réunion s&apos;est terminée entre-temps : il n&apos;y a rien à prolonger.</translation>
    </message>
    <message>
        <source>The meeting&apos;s call bridge %1 does not answer (%2): a meeting is not moved to another call bridge, so it cannot be extended.</source>
        <extracomment>%1: the call bridge, %2: why</extracomment>
        <translation>Le pont d&apos;appel de la réunion, %1, ne répond pas (%2) : une réunion n&apos;est pas déplacée vers un autre pont d&apos;appel, elle ne peut donc pas être prolongée.</translation>
    </message>
    <message>
        <source>Extend the meeting in “%1”: %2 again (PUT /%3)</source>
        <translation>Prolonger la réunion dans « %1 » : %2, à nouveau (PUT /%3)</translation>
    </message>
</context>
<context>
    <name>cms::MeetingOperation</name>
    <message>
        <source>%1 does not answer: a meeting that ran there has ended with it, and CMS does not move running meetings to another call bridge.</source>
        <extracomment>%1: call bridges that do not answer</extracomment>
        <translation>%1 ne répond pas : une réunion qui s&apos;y tenait a pris fin avec lui, et CMS ne déplace pas les réunions en cours vers un autre pont d&apos;appel.</translation>
    </message>
    <message>
        <source>a new secret</source>
        <translation>un nouveau secret</translation>
    </message>
    <message>
        <source>no passcode</source>
        <translation>aucun code d&apos;accès</translation>
    </message>
    <message>
        <source>passcode •••</source>
        <translation>code d&apos;accès •••</translation>
    </message>
    <message>
        <source>non-members may join</source>
        <translation>les non-membres peuvent rejoindre</translation>
    </message>
    <message>
        <source>non-members may not join</source>
        <translation>les non-membres ne peuvent pas rejoindre</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>nom « %1 »</translation>
    </message>
    <message>
        <source>The server accepted the change, but %1 reads back as “%2” instead of “%3”.</source>
        <translation>Le serveur a accepté la modification, mais %1 se relit « %2 » au lieu de « %3 ».</translation>
    </message>
    <message>
        <source>The server accepted the change, but the space&apos;s secret is still the old one: links to the last meeting would still let people in.</source>
        <translation>Le serveur a accepté la modification, mais le secret de l&apos;espace est toujours l&apos;ancien : les liens de la réunion précédente permettraient encore d&apos;entrer.</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1 keeps the meeting&apos;s values (putting the old ones back failed: %2).</source>
        <extracomment>%1: API path, %2: why</extracomment>
        <translation>Resté sur le cluster : /%1 garde les valeurs de la réunion (la remise des anciennes a échoué : %2).</translation>
    </message>
    <message>
        <source>The call that started does not belong to the space.</source>
        <translation>L&apos;appel qui a démarré n&apos;appartient pas à l&apos;espace.</translation>
    </message>
    <message>
        <source>Left on %1: the call %2, started by this run (ending it failed: %3).</source>
        <translation>Resté sur %1 : l&apos;appel %2, démarré par cette exécution (y mettre fin a échoué : %3).</translation>
    </message>
</context>
<context>
    <name>cms::MeetingStartOperation</name>
    <message>
        <source>A meeting needs a name.</source>
        <translation>Une réunion a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A meeting already runs in “%1” on %2: extend it or end it.</source>
        <translation>Une réunion a déjà lieu dans « %1 » sur %2 : prolongez-la ou mettez-y fin.</translation>
    </message>
    <message>
        <source>There is no call bridge number %1.</source>
        <translation>Il n&apos;y a pas de pont d&apos;appel numéro %1.</translation>
    </message>
    <message>
        <source>%1 does not answer: the meeting is not started there, nor moved to another call bridge without your say.</source>
        <translation>%1 ne répond pas : la réunion n&apos;y est pas démarrée, ni déplacée vers un autre pont d&apos;appel sans votre accord.</translation>
    </message>
    <message>
        <source>No call bridge of the cluster answers: the meeting cannot start.</source>
        <translation>Aucun pont d&apos;appel du cluster ne répond : la réunion ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <extracomment>%1: the space, %2: what changes</extracomment>
        <translation>Préparer l&apos;espace « %1 » pour la réunion : %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Start the meeting “%1” on %2 (POST /calls coSpace=%3)</source>
        <extracomment>%1: the meeting&apos;s name, %2: the call bridge</extracomment>
        <translation>Démarrer la réunion « %1 » sur %2 (POST /calls coSpace=%3)</translation>
    </message>
    <message>
        <source>Dial %1 into the meeting from %2 (POST /calls/…/callLegs remoteParty=%1)</source>
        <extracomment>%1: the address dialled, %2: the call bridge</extracomment>
        <translation>Appeler %1 dans la réunion depuis %2 (POST /calls/…/callLegs remoteParty=%1)</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <source>%1 is ringing.</source>
        <translation>%1 sonne.</translation>
    </message>
    <message>
        <source>%1 is on hold.</source>
        <translation>%1 est en attente.</translation>
    </message>
    <message>
        <source>%1 is being dialled.</source>
        <translation>%1 est en cours d&apos;appel.</translation>
    </message>
    <message>
        <source>Left in the meeting: the call to %1 (hanging up failed: %2).</source>
        <translation>Resté dans la réunion : l&apos;appel vers %1 (le raccrocher a échoué : %2).</translation>
    </message>
</context>
<context>
    <name>cms::MuteOperation</name>
    <message>
        <source>Mute the audio of %1 on %2 (PUT /%3)</source>
        <translation>Couper le micro du participant %1 sur %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Unmute the audio of %1 on %2 (PUT /%3)</source>
        <translation>Rétablir le micro du participant %1 sur %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Stop the video of %1 on %2 (PUT /%3)</source>
        <translation>Couper la vidéo du participant %1 sur %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Restore the video of %1 on %2 (PUT /%3)</source>
        <translation>Rétablir la vidéo du participant %1 sur %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>The server accepted the change, but the call leg still shows the old mute state.</source>
        <translation>Le serveur a accepté la modification, mais la branche d&apos;appel indique toujours l&apos;ancien état de coupure.</translation>
    </message>
</context>
<context>
    <name>cms::Operation</name>
    <message>
        <source>The connection to the cluster was closed before the operation ended.</source>
        <translation>La connexion au cluster a été fermée avant la fin de l&apos;opération.</translation>
    </message>
    <message>
        <source>Not undone, because the connection to the cluster was closed: %1</source>
        <extracomment>%1: the step, as in the preview</extracomment>
        <translation>Non annulé, car la connexion au cluster a été fermée : %1</translation>
    </message>
</context>
<context>
    <name>cms::ParticipantMove</name>
    <message>
        <source>Nothing happened: the participant is still where it was.</source>
        <translation>Rien ne s&apos;est produit&#xa0;: le participant est toujours au même endroit.</translation>
    </message>
    <message>
        <source>The participant was dropped from the call and never joined the target meeting.</source>
        <translation>Le participant a été déconnecté de l&apos;appel et n&apos;a jamais rejoint la réunion cible.</translation>
    </message>
    <message>
        <source>The participant landed in another meeting than the one asked for.</source>
        <translation>Le participant est arrivé dans une autre réunion que celle demandée.</translation>
    </message>
    <message>
        <source>The call bridge %1 that hosts the target call is not healthy.</source>
        <translation>Le pont d&apos;appel %1, qui héberge l&apos;appel cible, n&apos;est pas en bon état de fonctionnement.</translation>
    </message>
    <message>
        <source>Moving participants needs CMS 2.6 or later; the server runs %1.</source>
        <translation>Le déplacement de participants nécessite CMS 2.6 ou une version ultérieure&#xa0;; le serveur exécute la version %1.</translation>
    </message>
    <message>
        <source>Web app participants can be moved from CMS 3.2; the server runs %1.</source>
        <translation>Les participants de l&apos;application web ne peuvent être déplacés qu&apos;à partir de CMS 3.2&#xa0;; le serveur exécute la version %1.</translation>
    </message>
    <message>
        <source>%1 cannot be moved (for example a Lync or Skype participant, or one in a dual-homed meeting).</source>
        <translation>%1 ne peut pas être déplacé (par exemple un participant Lync ou Skype, ou un participant d&apos;une réunion à double hébergement).</translation>
    </message>
    <message>
        <source>%1 is already in that meeting.</source>
        <translation>%1 est déjà dans cette réunion.</translation>
    </message>
    <message>
        <source>Move %1 into the call %2 on %3 (POST /calls/%2/participants movedParticipant=%4 needsActivation=false)</source>
        <translation>Déplacer %1 dans l&apos;appel %2 sur %3 (POST /calls/%2/participants movedParticipant=%4 needsActivation=false)</translation>
    </message>
    <message>
        <source>%1 arrived in the target meeting, but is still listed in the original call.</source>
        <translation>%1 est arrivé dans la réunion cible, mais figure toujours dans l&apos;appel d&apos;origine.</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderPool</name>
    <message>
        <source>The %1 pattern is missing.</source>
        <extracomment>%1: which pattern (the name, the URI)</extracomment>
        <translation>Le modèle de %1 est manquant.</translation>
    </message>
    <message>
        <source>The %1 pattern “%2” must hold $index$ exactly once.</source>
        <extracomment>%1: which pattern, %2: the pattern as typed</extracomment>
        <translation>Le modèle de %1 « %2 » doit contenir $index$ exactement une fois.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>call ID</source>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>A call ID holds digits only: the call ID pattern may hold nothing but digits around $index$.</source>
        <translation>Un ID d&apos;appel ne contient que des chiffres : le modèle d&apos;ID d&apos;appel ne peut contenir que des chiffres autour de $index$.</translation>
    </message>
    <message>
        <source>The range %1–%2 is not valid: the first index must be 0 or more, and not after the last.</source>
        <translation>La plage %1 à %2 n&apos;est pas valide : le premier index doit être 0 ou plus, et ne pas venir après le dernier.</translation>
    </message>
    <message>
        <source>The range %1–%2 overlaps the pool&apos;s range %3–%4.</source>
        <extracomment>%1–%2: the range asked for, %3–%4: a range the pool already has</extracomment>
        <translation>La plage %1 à %2 chevauche la plage %3 à %4 du pool.</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderPoolReader</name>
    <message>
        <source>The meetings of %1 could not be read: %2</source>
        <extracomment>%1: a call bridge, %2: why</extracomment>
        <translation>Les réunions de %1 n&apos;ont pas pu être lues : %2</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderState</name>
    <message>
        <source>No space has the placeholder&apos;s URI %1: it was deleted, or its URI was changed.</source>
        <translation>Aucun espace n&apos;a l&apos;URI %1 de l&apos;espace réservé : il a été supprimé, ou son URI a été modifié.</translation>
    </message>
    <message>
        <source>A meeting runs, but non-members may not join: only the space&apos;s members get in.</source>
        <translation>Une réunion a lieu, mais les non-membres ne peuvent pas la rejoindre : seuls les membres de l&apos;espace entrent.</translation>
    </message>
    <message>
        <source>No meeting runs, but the space is named “%1” instead of “%2”: a meeting may have ended without the placeholder being put back.</source>
        <extracomment>%1: the space&apos;s name, %2: the placeholder&apos;s own name</extracomment>
        <translation>Aucune réunion n&apos;a lieu, mais l&apos;espace s&apos;appelle « %1 » au lieu de « %2 » : une réunion s&apos;est peut-être terminée sans que l&apos;espace réservé soit remis en place.</translation>
    </message>
    <message>
        <source>No meeting runs, but non-members may join: anyone who knows the URI can start a call in this placeholder.</source>
        <translation>Aucune réunion n&apos;a lieu, mais les non-membres peuvent entrer : quiconque connaît l&apos;URI peut démarrer un appel dans cet espace réservé.</translation>
    </message>
    <message>
        <source>No meeting runs, but the space still has a meeting&apos;s passcode.</source>
        <translation>Aucune réunion n&apos;a lieu, mais l&apos;espace a toujours le code d&apos;accès d&apos;une réunion.</translation>
    </message>
    <message>
        <source>free</source>
        <comment>placeholder state</comment>
        <translation>libre</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <comment>placeholder state</comment>
        <translation>en réunion</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <comment>placeholder state</comment>
        <translation>incohérent</translation>
    </message>
</context>
<context>
    <name>cms::PoolAddRangeOperation</name>
    <message>
        <source>A pool with the name pattern “%1” exists already: grow it instead.</source>
        <translation>Un pool avec le modèle de nom « %1 » existe déjà : agrandissez-le plutôt.</translation>
    </message>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>Aucun pool n&apos;a le modèle de nom « %1 ».</translation>
    </message>
    <message>
        <source>A pool grows by one placeholder at least.</source>
        <translation>Un pool s&apos;agrandit d&apos;au moins un espace réservé.</translation>
    </message>
</context>
<context>
    <name>cms::PoolBulkOperation</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Create the bulk parameter set of the placeholders %1 to %2: names “%3”, URIs “%4”, call IDs “%5”, non-members not allowed (POST /cospaceBulkParameterSets)</source>
        <extracomment>%1–%2: index range, %3: name pattern, %4: URI pattern, %5: call ID pattern</extracomment>
        <translation>Créer le jeu de paramètres groupés des espaces réservés %1 à %2 : noms « %3 », URI « %4 », ID d&apos;appel « %5 », non-membres non autorisés (POST /cospaceBulkParameterSets)</translation>
    </message>
    <message>
        <source>The server accepted the request but did not say what it created.</source>
        <translation>Le serveur a accepté la demande mais n&apos;a pas indiqué ce qu&apos;il a créé.</translation>
    </message>
    <message>
        <source>The server accepted the request, but %1 reads back as “%2” instead of “%3”.</source>
        <translation>Le serveur a accepté la demande, mais %1 se relit « %2 » au lieu de « %3 ».</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1, created by this run (deleting it failed: %2).</source>
        <extracomment>%1: the API path of an object that was created and could not be deleted, %2: why</extracomment>
        <translation>Resté sur le cluster : /%1, créé par cette exécution (sa suppression a échoué : %2).</translation>
    </message>
    <message>
        <source>Delete the bulk parameter set of the placeholders %1 to %2 (DELETE /cospaceBulkParameterSets/%3)</source>
        <translation>Supprimer le jeu de paramètres groupés des espaces réservés %1 à %2 (DELETE /cospaceBulkParameterSets/%3)</translation>
    </message>
    <message>
        <source>The bulk parameter set of the placeholders %1 to %2 could not be made again: %3</source>
        <translation>Le jeu de paramètres groupés des espaces réservés %1 à %2 n&apos;a pas pu être recréé : %3</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs removeAll=true)</source>
        <translation>
            <numerusform>Supprimer l&apos;espace réservé de la plage %1 à %2 par une synchronisation groupée, suivie jusqu&apos;à la fin (POST /cospaceBulkSyncs removeAll=true)</numerusform>
            <numerusform>Supprimer les %n espaces réservés de la plage %1 à %2 par une synchronisation groupée, suivie jusqu&apos;à la fin (POST /cospaceBulkSyncs removeAll=true)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs)</source>
        <translation>
            <numerusform>Créer l&apos;espace réservé de la plage %1 à %2 par une synchronisation groupée, suivie jusqu&apos;à la fin (POST /cospaceBulkSyncs)</numerusform>
            <numerusform>Créer les %n espaces réservés de la plage %1 à %2 par une synchronisation groupée, suivie jusqu&apos;à la fin (POST /cospaceBulkSyncs)</numerusform>
        </translation>
    </message>
    <message>
        <source>The placeholders %1 to %2 could not be made again: %3</source>
        <translation>Les espaces réservés %1 à %2 n&apos;ont pas pu être recréés : %3</translation>
    </message>
    <message>
        <source>Left on the cluster: the placeholders %1 to %2 this run may have made (removing them failed: %3).</source>
        <translation>Restés sur le cluster : les espaces réservés %1 à %2 que cette exécution a pu créer (leur suppression a échoué : %3).</translation>
    </message>
</context>
<context>
    <name>cms::PoolRemoveOperation</name>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>Aucun pool n&apos;a le modèle de nom « %1 ».</translation>
    </message>
    <message>
        <source>The pool is not removed while a call bridge&apos;s meetings cannot be read:
%1</source>
        <translation>Le pool n&apos;est pas supprimé tant que les réunions d&apos;un pont d&apos;appel ne peuvent pas être lues :
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s) of the pool hold a meeting: end those meetings first.</source>
        <translation>
            <numerusform>%n espace réservé du pool accueille une réunion : mettez d&apos;abord fin à cette réunion.</numerusform>
            <numerusform>%n espaces réservés du pool accueillent une réunion : mettez d&apos;abord fin à ces réunions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cms::ProfileLabels</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A call profile as shown wherever it appears: %1 the name the console gives it, %2 its id.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cms::ProfileRepoint</name>
    <message>
        <source>«%1» cannot replace itself.</source>
        <translation>« %1 » ne peut pas se remplacer lui-même.</translation>
    </message>
    <message>
        <source>«%1» is neither re-pointed nor deleted, because it may be used where the console cannot see: %2</source>
        <translation>« %1 » n&apos;est ni redirigé ni supprimé, car il peut être utilisé là où la console ne voit pas : %2</translation>
    </message>
    <message>
        <source>Space members: the server says some use «%1» but not which, so the console cannot re-point them; change them in the spaces&apos; member lists first.</source>
        <translation>Membres d&apos;espace : le serveur indique que certains utilisent « %1 » sans dire lesquels ; la console ne peut donc pas les rediriger. Modifiez-les d&apos;abord dans les listes de membres des espaces.</translation>
    </message>
    <message>
        <source>Access methods: the server says some use «%1» but not which, so the console cannot re-point them; change them in the spaces&apos; access methods first.</source>
        <translation>Méthodes d&apos;accès : le serveur indique que certaines utilisent « %1 » sans dire lesquelles ; la console ne peut donc pas les rediriger. Modifiez-les d&apos;abord dans les méthodes d&apos;accès des espaces.</translation>
    </message>
    <message>
        <source>Spaces: the API cannot list the spaces that use «%1»; the console has read %2 of %3 spaces in detail, so others may use it.</source>
        <translation>Espaces : l&apos;API ne peut pas lister les espaces qui utilisent « %1 » ; la console a lu le détail de %2 espaces sur %3, d&apos;autres peuvent donc l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Spaces: the API offers no way to find the spaces that use «%1».</source>
        <translation>Espaces : l&apos;API n&apos;offre aucun moyen de trouver les espaces qui utilisent « %1 ».</translation>
    </message>
    <message>
        <source>Access methods: the API offers no way to find the access methods that use «%1».</source>
        <translation>Méthodes d&apos;accès : l&apos;API n&apos;offre aucun moyen de trouver les méthodes d&apos;accès qui utilisent « %1 ».</translation>
    </message>
    <message>
        <source>Space members: the API offers no way to find the members that use «%1».</source>
        <translation>Membres d&apos;espace : l&apos;API n&apos;offre aucun moyen de trouver les membres qui utilisent « %1 ».</translation>
    </message>
    <message>
        <source>Some objects: the API offers no way to find all that use «%1».</source>
        <translation>Certains objets : l&apos;API n&apos;offre aucun moyen de trouver tous ceux qui utilisent « %1 ».</translation>
    </message>
    <message>
        <source>Global profiles</source>
        <translation>Profils globaux</translation>
    </message>
    <message>
        <source>Tenant «%1»</source>
        <translation>Locataire « %1 »</translation>
    </message>
    <message>
        <source>Space «%1»</source>
        <translation>Espace « %1 »</translation>
    </message>
    <message>
        <source>Space template «%1»</source>
        <translation>Modèle d&apos;espace « %1 »</translation>
    </message>
    <message>
        <source>Access method template «%1»</source>
        <translation>Modèle de méthode d&apos;accès « %1 »</translation>
    </message>
    <message>
        <source>Access method «%1»</source>
        <translation>Méthode d&apos;accès « %1 »</translation>
    </message>
    <message>
        <source>Space member «%1»</source>
        <translation>Membre d&apos;espace « %1 »</translation>
    </message>
    <message>
        <source>%1: no longer use «%2», so the level above applies (PUT /%3 %4=)</source>
        <extracomment>%1: where, as in &quot;Space «Board»&quot;; %2: the profile</extracomment>
        <translation>%1 : ne plus utiliser « %2 », le niveau supérieur s&apos;applique alors (PUT /%3 %4=)</translation>
    </message>
    <message>
        <source>%1: use «%2» instead of «%3» (PUT /%4 %5=%6)</source>
        <extracomment>%1: where, as in &quot;Space «Board»&quot;; %2: the replacement; %3: the profile deleted</extracomment>
        <translation>%1 : utiliser « %2 » au lieu de « %3 » (PUT /%4 %5=%6)</translation>
    </message>
    <message>
        <source>Check that «%1» is used nowhere any more</source>
        <translation>Vérifier que « %1 » n&apos;est plus utilisé nulle part</translation>
    </message>
    <message>
        <source>«%1» is still in use (something may have been pointed to it meanwhile): it is not deleted.</source>
        <translation>« %1 » est encore utilisé (quelque chose a peut-être été pointé vers lui entre-temps) : il n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>Delete «%1» (DELETE /%2)</source>
        <translation>Supprimer « %1 » (DELETE /%2)</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerCommands</name>
    <message>
        <source>Give an interface: a, b, c or d, or none to turn the scheduler&apos;s HTTPS API off.</source>
        <translation>Indiquez une interface : a, b, c ou d, ou none pour désactiver l&apos;API HTTPS du planificateur.</translation>
    </message>
    <message>
        <source>“%1” is not an interface: use a, b, c or d, or none.</source>
        <translation>« %1 » n&apos;est pas une interface : utilisez a, b, c ou d, ou none.</translation>
    </message>
    <message>
        <source>Give a port, from 1 to 65535.</source>
        <translation>Indiquez un port, de 1 à 65535.</translation>
    </message>
    <message>
        <source>“%1” is not a port: use a number from 1 to 65535.</source>
        <translation>« %1 » n&apos;est pas un port : utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Give the name of the file on the server.</source>
        <translation>Indiquez le nom du fichier sur le serveur.</translation>
    </message>
    <message>
        <source>“%1” is not a file name the server takes: use letters, digits, “.”, “_” and “-” only, without spaces, and do not start with “.” or “-”.</source>
        <translation>« %1 » n&apos;est pas un nom de fichier accepté par le serveur : utilisez uniquement des lettres, des chiffres, « . », « _ » et « - », sans espace, et ne commencez pas par « . » ni par « - ».</translation>
    </message>
    <message>
        <source>Give the e-mail server&apos;s hostname or address.</source>
        <translation>Indiquez le nom d&apos;hôte ou l&apos;adresse du serveur de messagerie.</translation>
    </message>
    <message>
        <source>“%1” is neither a hostname nor an address.</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse.</translation>
    </message>
    <message>
        <source>“%1” cannot be typed as one word on the server&apos;s console: use letters, digits, “.”, “_”, “@”, “+” and “-” only.</source>
        <translation>« %1 » ne peut pas être saisi comme un seul mot sur la console du serveur : utilisez uniquement des lettres, des chiffres, « . », « _ », « @ », « + » et « - ».</translation>
    </message>
    <message>
        <source>The scheduler&apos;s own HTTPS API listens on interface %1, port %2.</source>
        <extracomment>%1: an interface letter (a to d), %2: a port number</extracomment>
        <translation>L&apos;API HTTPS propre au planificateur écoute sur l&apos;interface %1, port %2.</translation>
    </message>
    <message>
        <source>The key and full-chain certificate the scheduler&apos;s HTTPS API presents.</source>
        <translation>La clé et le certificat à chaîne complète que présente l&apos;API HTTPS du planificateur.</translation>
    </message>
    <message>
        <source>The scheduler&apos;s own HTTPS API stays off.</source>
        <translation>L&apos;API HTTPS propre au planificateur reste désactivée.</translation>
    </message>
    <message>
        <source>The key and full-chain certificate the scheduler presents to each web bridge (C2W).</source>
        <translation>La clé et le certificat à chaîne complète que le planificateur présente à chaque pont web (C2W).</translation>
    </message>
    <message>
        <source>The bundle of every web bridge&apos;s certificate: the scheduler trusts the web bridges it connects to.</source>
        <translation>Le lot des certificats de tous les ponts web : le planificateur fait confiance aux ponts web auxquels il se connecte.</translation>
    </message>
    <message>
        <source>The e-mail server the scheduler sends its invitations through.</source>
        <translation>Le serveur de messagerie par lequel le planificateur envoie ses invitations.</translation>
    </message>
    <message>
        <source>SMTPS: the connection to the e-mail server is encrypted from the start.</source>
        <translation>SMTPS : la connexion au serveur de messagerie est chiffrée dès le début.</translation>
    </message>
    <message>
        <source>SMTP: the connection to the e-mail server starts unencrypted.</source>
        <translation>SMTP : la connexion au serveur de messagerie commence sans chiffrement.</translation>
    </message>
    <message>
        <source>Signing in to the e-mail server needs a user name.</source>
        <translation>La connexion au serveur de messagerie nécessite un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>No user name for the e-mail server.</source>
        <translation>Aucun nom d&apos;utilisateur pour le serveur de messagerie.</translation>
    </message>
    <message>
        <source>The user name for the e-mail server. Its password is never written here: type it on the server&apos;s console, at its own prompt.</source>
        <translation>Le nom d&apos;utilisateur pour le serveur de messagerie. Son mot de passe n&apos;est jamais écrit ici : saisissez-le sur la console du serveur, à son invite.</translation>
    </message>
    <message>
        <source>The scheduler signs in to the e-mail server.</source>
        <translation>Le planificateur se connecte au serveur de messagerie avec un compte.</translation>
    </message>
    <message>
        <source>The scheduler does not sign in to the e-mail server.</source>
        <translation>Le planificateur ne se connecte pas au serveur de messagerie avec un compte.</translation>
    </message>
    <message>
        <source>The connection to the e-mail server is upgraded to TLS (STARTTLS).</source>
        <translation>La connexion au serveur de messagerie passe en TLS (STARTTLS).</translation>
    </message>
    <message>
        <source>The connection to the e-mail server is not upgraded to TLS (STARTTLS).</source>
        <translation>La connexion au serveur de messagerie ne passe pas en TLS (STARTTLS).</translation>
    </message>
    <message>
        <source>No trust bundle of your own for the e-mail server.</source>
        <translation>Aucun lot de certificats de confiance propre pour le serveur de messagerie.</translation>
    </message>
    <message>
        <source>The bundle of certificates the scheduler trusts for the e-mail server.</source>
        <translation>Le lot de certificats auxquels le planificateur fait confiance pour le serveur de messagerie.</translation>
    </message>
    <message>
        <source>On each web bridge: the bundle of every scheduler&apos;s and call bridge&apos;s certificate, so that the web bridge trusts them.</source>
        <translation>Sur chaque pont web : le lot des certificats de tous les planificateurs et ponts d&apos;appel, pour que le pont web leur fasse confiance.</translation>
    </message>
    <message>
        <source>Starts the scheduler; it checks that each key matches its certificate and that each full chain verifies.</source>
        <translation>Démarre le planificateur ; il vérifie que chaque clé correspond à son certificat et que chaque chaîne complète est valide.</translation>
    </message>
    <message>
        <source>Says whether the scheduler runs and whether HTTPS, C2W and e-mail are configured.</source>
        <translation>Indique si le planificateur tourne et si HTTPS, C2W et la messagerie sont configurés.</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerReadinessCheck</name>
    <message>
        <source>CMS 3.3 or later</source>
        <translation>CMS 3.3 ou ultérieur</translation>
    </message>
    <message>
        <source>A call leg profile that holds guests in the lobby</source>
        <translation>Un profil de branche d&apos;appel qui garde les invités en salle d&apos;attente</translation>
    </message>
    <message>
        <source>A call leg profile that lets hosts start the meeting</source>
        <translation>Un profil de branche d&apos;appel qui permet aux hôtes de démarrer la réunion</translation>
    </message>
    <message>
        <source>A space template for scheduled meetings</source>
        <translation>Un modèle d&apos;espace pour les réunions planifiées</translation>
    </message>
    <message>
        <source>An access method template for guests</source>
        <translation>Un modèle de méthode d&apos;accès pour les invités</translation>
    </message>
    <message>
        <source>An access method template for hosts</source>
        <translation>Un modèle de méthode d&apos;accès pour les hôtes</translation>
    </message>
    <message>
        <source>The console does not know yet which CMS version the cluster runs.</source>
        <translation>La console ne sait pas encore quelle version de CMS le cluster exécute.</translation>
    </message>
    <message>
        <source>The cluster runs CMS %1; the scheduler came with 3.3.</source>
        <translation>Le cluster exécute CMS %1 ; le planificateur est arrivé avec la version 3.3.</translation>
    </message>
    <message>
        <source>The cluster runs CMS %1; the scheduler needs 3.3 or later.</source>
        <translation>Le cluster exécute CMS %1 ; le planificateur exige la version 3.3 ou ultérieure.</translation>
    </message>
    <message>
        <source>«%1» holds guests in the lobby until a host joins (needsActivation is true).</source>
        <translation>« %1 » garde les invités en salle d&apos;attente jusqu&apos;à l&apos;arrivée d&apos;un hôte (needsActivation vaut true).</translation>
    </message>
    <message>
        <source>No call leg profile sets needsActivation to true, so none holds guests in the lobby.</source>
        <translation>Aucun profil de branche d&apos;appel ne met needsActivation à true : aucun ne garde les invités en salle d&apos;attente.</translation>
    </message>
    <message>
        <source>«%1» lets hosts in and starts the meeting (needsActivation is false).</source>
        <translation>« %1 » fait entrer les hôtes et démarre la réunion (needsActivation vaut false).</translation>
    </message>
    <message>
        <source>No call leg profile sets needsActivation to false, so none lets a host start the meeting.</source>
        <translation>Aucun profil de branche d&apos;appel ne met needsActivation à false : aucun ne permet à un hôte de démarrer la réunion.</translation>
    </message>
    <message>
        <source>Space templates came with CMS 2.9.</source>
        <translation>Les modèles d&apos;espace sont arrivés avec CMS 2.9.</translation>
    </message>
    <message>
        <source>The cluster has no space template.</source>
        <translation>Le cluster n&apos;a aucun modèle d&apos;espace.</translation>
    </message>
    <message numerus="yes">
        <source>%n space template(s), none with an access method template for guests or hosts.</source>
        <translation>
            <numerusform>%n modèle d&apos;espace, sans modèle de méthode d&apos;accès pour les invités ni pour les hôtes.</numerusform>
            <numerusform>%n modèles d&apos;espace, aucun avec un modèle de méthode d&apos;accès pour les invités ou les hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no space template to hold it.</source>
        <translation>Il n&apos;y a aucun modèle d&apos;espace pour l&apos;accueillir.</translation>
    </message>
    <message>
        <source>«%1» gives scheduled meetings their guest and host access.</source>
        <translation>« %1 » donne aux réunions planifiées leur accès invités et leur accès hôtes.</translation>
    </message>
    <message>
        <source>«%1» comes closest: it has one of the two access method templates.</source>
        <translation>« %1 » est le plus proche : il a l&apos;un des deux modèles de méthode d&apos;accès.</translation>
    </message>
    <message>
        <source>«%1» (%2) uses the call leg profile «%3».</source>
        <extracomment>%1: the access method template, %2: its uriGenerator (e.g. $.guest), %3: its call leg profile</extracomment>
        <translation>« %1 » (%2) utilise le profil de branche d&apos;appel « %3 ».</translation>
    </message>
    <message>
        <source>«%1» has no access method template whose call leg profile holds guests in the lobby.</source>
        <translation>« %1 » n&apos;a aucun modèle de méthode d&apos;accès dont le profil de branche d&apos;appel garde les invités en salle d&apos;attente.</translation>
    </message>
    <message>
        <source>«%1» has no access method template whose call leg profile lets hosts start the meeting.</source>
        <translation>« %1 » n&apos;a aucun modèle de méthode d&apos;accès dont le profil de branche d&apos;appel permet aux hôtes de démarrer la réunion.</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerSetupOperation</name>
    <message>
        <source>The scheduler needs CMS 3.3 or later: nothing was changed.</source>
        <translation>Le planificateur exige CMS 3.3 ou ultérieur : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The cluster is already ready for the scheduler: there is nothing to create.</source>
        <translation>Le cluster est déjà prêt pour le planificateur : il n&apos;y a rien à créer.</translation>
    </message>
    <message>
        <source>Create the call leg profile «%1», which holds guests in the lobby until a host joins and sends them back when the last host leaves (POST /callLegProfiles needsActivation=true deactivationMode=deactivate)</source>
        <translation>Créer le profil de branche d&apos;appel « %1 », qui garde les invités en salle d&apos;attente jusqu&apos;à l&apos;arrivée d&apos;un hôte et les y renvoie au départ du dernier hôte (POST /callLegProfiles needsActivation=true deactivationMode=deactivate)</translation>
    </message>
    <message>
        <source>Create the call leg profile «%1», which lets hosts in and starts the meeting (POST /callLegProfiles needsActivation=false)</source>
        <translation>Créer le profil de branche d&apos;appel « %1 », qui fait entrer les hôtes et démarre la réunion (POST /callLegProfiles needsActivation=false)</translation>
    </message>
    <message>
        <source>Create the space template «%1», whose spaces admit callers as guests unless they join through the host access (POST /coSpaceTemplates callLegProfile=«%2»)</source>
        <translation>Créer le modèle d&apos;espace « %1 », dont les espaces admettent les appelants comme invités sauf s&apos;ils rejoignent par l&apos;accès hôte (POST /coSpaceTemplates callLegProfile=« %2 »)</translation>
    </message>
    <message>
        <source>Add the guest access method template «%1» (%2, with a call ID of its own) to «%3», with the call leg profile «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)</source>
        <extracomment>%1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile</extracomment>
        <translation>Ajouter à « %3 » le modèle de méthode d&apos;accès invités « %1 » (%2, avec son propre ID d&apos;appel), avec le profil de branche d&apos;appel « %4 » (POST /coSpaceTemplates/…/accessMethodTemplates)</translation>
    </message>
    <message>
        <source>Add the host access method template «%1» (%2) to «%3», with the call leg profile «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)</source>
        <extracomment>%1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile</extracomment>
        <translation>Ajouter à « %3 » le modèle de méthode d&apos;accès hôtes « %1 » (%2), avec le profil de branche d&apos;appel « %4 » (POST /coSpaceTemplates/…/accessMethodTemplates)</translation>
    </message>
</context>
<context>
    <name>cms::TemporarySpace</name>
    <message>
        <source>Running now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Pas en cours</translation>
    </message>
    <message>
        <source>%1 (%2 GMT)</source>
        <extracomment>%1: a date and time in the user&apos;s time zone, %2: the same time in GMT</extracomment>
        <translation>%1 (%2 GMT)</translation>
    </message>
    <message>
        <source>At the first 01:15 GMT 24 hours after its meeting ends</source>
        <translation>À 01:15 GMT, le premier jour où sa réunion est terminée depuis au moins 24 heures</translation>
    </message>
    <message>
        <source>%1; its meeting ended %2</source>
        <extracomment>%1: a date and time, e.g. &quot;07/12/2026 02:15 (01:15 GMT)&quot;</extracomment>
        <translation>%1 ; sa réunion s&apos;est terminée le %2</translation>
    </message>
    <message>
        <source>At the first 01:15 GMT 24 hours after its meeting ends; if it has already ended, by %1 at the latest</source>
        <extracomment>%1: a date and time, e.g. &quot;07/12/2026 02:15 (01:15 GMT)&quot;</extracomment>
        <translation>À 01:15 GMT, le premier jour où sa réunion est terminée depuis au moins 24 heures ; si elle est déjà terminée, au plus tard le %1</translation>
    </message>
</context>
<context>
    <name>cms::UriGeneratorCheck</name>
    <message>
        <source>“%1” cannot contain spaces (character %2).</source>
        <extracomment>%1 is the field (&quot;URI pattern&quot;), %2 the position of the space in it (1 = first character)</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne peut pas contenir d’espace (caractère %2).</translation>
    </message>
    <message>
        <source>“%2” (character %3) is not allowed in “%1”: use only letters without accents, digits, “.”, “-”, “_” and one “$”.</source>
        <extracomment>%1 is the field (&quot;URI pattern&quot;), %2 the refused character, %3 its position (1 = first)</extracomment>
        <translation>«&#xa0;%2&#xa0;» (caractère %3) n’est pas autorisé dans «&#xa0;%1&#xa0;»&#xa0;: utilisez uniquement des lettres sans accent, des chiffres, «&#xa0;.&#xa0;», «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et un seul «&#xa0;$&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” needs a “$”, which stands for the generated part of each URI, as in $.guest.</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir un «&#xa0;$&#xa0;», qui représente la partie générée de chaque URI, comme dans $.guest.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n “$”: keep exactly one, which stands for the generated part of each URI.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n «&#xa0;$&#xa0;»&#xa0;: gardez-en exactement un, qui représente la partie générée de chaque URI.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n «&#xa0;$&#xa0;»&#xa0;: gardez-en exactement un, qui représente la partie générée de chaque URI.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::AccessMethodTemplatesModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <extracomment>The uriGenerator of an access method template, as in $.guest</extracomment>
        <translation>Motif d’URI</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>models::AccessMethodsModel</name>
    <message>
        <source>Set</source>
        <extracomment>An access method&apos;s passcode column: a passcode is set (the passcode itself is not shown).</extracomment>
        <translation>Défini</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>Profil de branche d&apos;appel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Visibilité</translation>
    </message>
</context>
<context>
    <name>models::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <extracomment>Column header of the activity log</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Cluster</source>
        <extracomment>Column header of the activity log</extracomment>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header of the activity log: what happened</extracomment>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>models::BridgesModel</name>
    <message>
        <source>Not connected</source>
        <extracomment>Health of a cluster whose session is closed
----------
Health of a call bridge whose cluster is not open</extracomment>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>Health of a cluster while its passwords are read</extracomment>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Health of a cluster that could not be opened (the reason is in the tool tip)</extracomment>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln bridges answering</source>
        <extracomment>Health of a cluster: &quot;2 of 3 bridges answering&quot;</extracomment>
        <translation>
            <numerusform>%1 sur %Ln pont répond</numerusform>
            <numerusform>%1 sur %Ln ponts répondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <extracomment>Health of a call bridge: it answers in time</extracomment>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Slow</source>
        <extracomment>Health of a call bridge: it answers, but slowly</extracomment>
        <translation>Lent</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>health</comment>
        <extracomment>Health of a call bridge: it does not answer</extracomment>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Primary, active</source>
        <extracomment>Role of a call bridge: the first endpoint of the cluster, taking the traffic now</extracomment>
        <translation>Principal, actif</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Alternate, active</source>
        <extracomment>Role of a call bridge: an alternate endpoint, taking the traffic now</extracomment>
        <translation>Secondaire, actif</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Activated</source>
        <extracomment>Licence activation state of a call bridge</extracomment>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>Non activé</translation>
    </message>
    <message>
        <source>Clustered</source>
        <extracomment>Whether clustering is enabled on a call bridge</extracomment>
        <translation>En cluster</translation>
    </message>
    <message>
        <source>Not clustered</source>
        <translation>Hors cluster</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Live updates of a call bridge: the events connection is being set up</extracomment>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Live updates of a call bridge: pushed by the events WebSocket</extracomment>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Polling</source>
        <extracomment>Live updates of a call bridge: read again at intervals</extracomment>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>live updates</comment>
        <extracomment>Live updates of a call bridge: none, the bridge does not answer</extracomment>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the bridges pane: cluster or call bridge name</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the bridges pane: host:port</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Column header of the bridges pane: does the bridge answer</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column header of the bridges pane: primary or alternate endpoint</extracomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>Column header of the bridges pane: software version</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <extracomment>Column header of the bridges pane: time since the bridge started</extracomment>
        <translation>Durée de fonctionnement</translation>
    </message>
    <message>
        <source>Activation</source>
        <extracomment>Column header of the bridges pane: licence activation</extracomment>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Clustering</source>
        <extracomment>Column header of the bridges pane: whether clustering is enabled</extracomment>
        <translation>Mise en cluster</translation>
    </message>
    <message>
        <source>Call legs</source>
        <extracomment>Column header of the bridges pane: active call legs now</extracomment>
        <translation>Branches d&apos;appel</translation>
    </message>
    <message>
        <source>Peak</source>
        <extracomment>Column header of the bridges pane: the most call legs active at once since the bridge started</extracomment>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <extracomment>Column header of the bridges pane: how far the bridge&apos;s clock is from this computer&apos;s</extracomment>
        <translation>Décalage d&apos;horloge</translation>
    </message>
    <message>
        <source>Live updates</source>
        <extracomment>Column header of the bridges pane: how live state is followed (events or polling)</extracomment>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <source>The cluster lists this call bridge, but the console does not use it: add it as an alternate in the failover settings to watch it and to fail over to it.</source>
        <translation>Le cluster déclare ce pont d&apos;appel, mais la console ne l&apos;utilise pas&#xa0;: ajoutez-le comme secondaire dans les paramètres de basculement pour le surveiller et pouvoir basculer vers lui.</translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>the call bridge&apos;s address, when /callBridges does not give it</extracomment>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Non surveillé</translation>
    </message>
    <message>
        <source>Discovered</source>
        <extracomment>a call bridge found in the cluster, not one the console connects to</extracomment>
        <translation>Découvert</translation>
    </message>
</context>
<context>
    <name>models::CallLegDetailsModel</name>
    <message>
        <source>The participant&apos;s call legs, each with its media under it</source>
        <extracomment>Column of the call leg details: a call leg, or one direction of its media under it</extracomment>
        <translation>Les branches d&apos;appel du participant, chacune avec ses médias en dessous</translation>
    </message>
    <message>
        <source>Call leg</source>
        <translation>Branche d&apos;appel</translation>
    </message>
    <message>
        <source>How the audio or video is encoded</source>
        <translation>Format d&apos;encodage de l&apos;audio ou de la vidéo</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>The media&apos;s bit rate, in kilobits a second</source>
        <translation>Débit du média, en kilobits par seconde</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>How irregularly packets arrive; over %1 speech and video stutter</source>
        <translation>Irrégularité de l&apos;arrivée des paquets&#xa0;; au-delà de %1, la voix et la vidéo saccadent</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>The share of packets lost on the way; over %1 video freezes or breaks up</source>
        <translation>Proportion de paquets perdus en route&#xa0;; au-delà de %1, la vidéo se fige ou se pixellise</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>Perte de paquets</translation>
    </message>
    <message>
        <source>The time for a packet to reach the participant and come back; over %1 people talk over each other</source>
        <translation>Temps mis par un paquet pour atteindre le participant et revenir&#xa0;; au-delà de %1, les interlocuteurs se coupent la parole</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Temps aller-retour</translation>
    </message>
    <message>
        <source>The alarms the call bridge raises on the leg</source>
        <translation>Les alarmes que le pont d&apos;appel signale sur la branche</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>The call bridge raises an alarm on this leg.</source>
        <translation>Le pont d&apos;appel signale une alarme sur cette branche.</translation>
    </message>
    <message>
        <source>Round-trip time over %1: people talk over each other.</source>
        <translation>Temps aller-retour supérieur à %1&#xa0;: les interlocuteurs se coupent la parole.</translation>
    </message>
    <message>
        <source>The call bridge raises a round-trip time alarm on this leg.</source>
        <translation>Le pont d&apos;appel signale une alarme de temps aller-retour sur cette branche.</translation>
    </message>
    <message>
        <source>Packet loss over %1: video freezes or breaks up, speech drops out.</source>
        <translation>Perte de paquets supérieure à %1&#xa0;: la vidéo se fige ou se pixellise, la voix se coupe.</translation>
    </message>
    <message>
        <source>Jitter over %1: speech and video stutter.</source>
        <translation>Gigue supérieure à %1&#xa0;: la voix et la vidéo saccadent.</translation>
    </message>
    <message>
        <source>As the API names them: %1</source>
        <extracomment>Tool tip of the alarms of a call leg: the alarms as the API names them, e.g. &quot;packetLoss, excessiveJitter&quot;</extracomment>
        <translation>Noms dans l&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <extracomment>What a screen reader says of a figure past its limit: the figure, then why it is a warning</extracomment>
        <translation>Avertissement&#xa0;: %1. %2</translation>
    </message>
    <message>
        <source>The call bridge reports no such media on this leg.</source>
        <translation>Le pont d&apos;appel ne signale pas ce média sur cette branche.</translation>
    </message>
    <message>
        <source>The audio the call bridge receives from the participant (rxAudio)</source>
        <translation>L&apos;audio que le pont d&apos;appel reçoit du participant (rxAudio)</translation>
    </message>
    <message>
        <source>The audio the call bridge sends to the participant (txAudio)</source>
        <translation>L&apos;audio que le pont d&apos;appel envoie au participant (txAudio)</translation>
    </message>
    <message>
        <source>The video the call bridge receives from the participant (rxVideo)</source>
        <translation>La vidéo que le pont d&apos;appel reçoit du participant (rxVideo)</translation>
    </message>
    <message>
        <source>The video the call bridge sends to the participant (txVideo)</source>
        <translation>La vidéo que le pont d&apos;appel envoie au participant (txVideo)</translation>
    </message>
    <message>
        <source>%1: none</source>
        <extracomment>What a screen reader says of a direction the server reports nothing for: &quot;Video sent: none&quot;</extracomment>
        <translation>%1&#xa0;: aucun flux</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>call leg</comment>
        <extracomment>A call leg: its address, then its kind, e.g. &quot;fatima@video.example (SIP)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <extracomment>A bit rate in kilobits a second, &quot;1,523 kbit/s&quot;</extracomment>
        <translation>%1&#xa0;kbit/s</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call leg ID: %1</source>
        <extracomment>The id of a call leg in the API, for an administrator who looks it up</extracomment>
        <translation>ID de la branche d&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <extracomment>A share in percent with one decimal, &quot;1.7 %&quot; (the number is already in the locale&apos;s digits)</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Excessive jitter</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>Gigue excessive</translation>
    </message>
    <message>
        <source>Long round-trip time</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>Temps aller-retour élevé</translation>
    </message>
    <message>
        <source>Audio received</source>
        <extracomment>A direction of a call leg&apos;s media: the audio the call bridge receives from the participant</extracomment>
        <translation>Audio reçu</translation>
    </message>
    <message>
        <source>Audio sent</source>
        <extracomment>A direction of a call leg&apos;s media: the audio the call bridge sends to the participant</extracomment>
        <translation>Audio envoyé</translation>
    </message>
    <message>
        <source>Video received</source>
        <extracomment>A direction of a call leg&apos;s media: the video the call bridge receives from the participant</extracomment>
        <translation>Vidéo reçue</translation>
    </message>
    <message>
        <source>Video sent</source>
        <extracomment>A direction of a call leg&apos;s media: the video the call bridge sends to the participant</extracomment>
        <translation>Vidéo envoyée</translation>
    </message>
</context>
<context>
    <name>models::CallLegsHistory</name>
    <message>
        <source>Bridge %1</source>
        <extracomment>A call bridge known only by its place in the list, &quot;Bridge 2&quot;</extracomment>
        <translation>Pont %1</translation>
    </message>
</context>
<context>
    <name>models::CallsModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Started %1</source>
        <extracomment>Tool tip of a call&apos;s duration: when it began</extracomment>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled call</source>
        <extracomment>A call that has no name and no space</extracomment>
        <translation>Appel sans nom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A space as the calls list shows it: its name, then its URI in parentheses</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln in the lobby)</source>
        <extracomment>Participants of a call, with how many of them wait in the lobby: &quot;12 (3 in the lobby)&quot;</extracomment>
        <translation>
            <numerusform>%1 (dont %Ln en salle d&apos;attente)</numerusform>
            <numerusform>%1 (dont %Ln en salle d&apos;attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>Column header of the calls list: the meeting&apos;s name</extracomment>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Column header of the calls list: the space the meeting is held in</extracomment>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Call bridges</source>
        <extracomment>Column header of the calls list: the call bridges a meeting runs on</extracomment>
        <translation>Ponts d&apos;appel</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>Column header of the calls list: how many people are in the meeting</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the calls list: how long the meeting has been running</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Column header of the calls list: the meeting is locked (Yes/No)</extracomment>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column header of the calls list: the meeting is being recorded (Yes/No)</extracomment>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Streaming</source>
        <extracomment>Column header of the calls list: the meeting is being streamed (Yes/No)</extracomment>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Only participants can be dropped on a call.</source>
        <translation>Seuls des participants peuvent être déposés sur un appel.</translation>
    </message>
    <message>
        <source>Drop the participants on a call.</source>
        <translation>Déposez les participants sur un appel.</translation>
    </message>
    <message>
        <source>That meeting has ended.</source>
        <translation>Cette réunion est terminée.</translation>
    </message>
    <message>
        <source>Moving participants needs CMS 2.6 or later; the call bridge %1 runs %2.</source>
        <translation>Le déplacement de participants nécessite CMS 2.6 ou une version ultérieure&#xa0;; le pont d&apos;appel %1 exécute la version %2.</translation>
    </message>
    <message>
        <source>These participants are in another cluster: people can be moved only between meetings of one cluster.</source>
        <translation>Ces participants appartiennent à un autre cluster&#xa0;: on ne peut déplacer des personnes qu&apos;entre les réunions d&apos;un même cluster.</translation>
    </message>
    <message>
        <source>A participant you are dragging has left the meeting.</source>
        <translation>Un des participants que vous faites glisser a quitté la réunion.</translation>
    </message>
    <message>
        <source>%1 is already in this meeting.</source>
        <translation>%1 est déjà dans cette réunion.</translation>
    </message>
    <message>
        <source>%1 joined from the web app, and web app participants can be moved from CMS 3.2; the call bridge %2 runs %3.</source>
        <translation>%1 a rejoint la réunion depuis l&apos;application web, et les participants de l&apos;application web ne peuvent être déplacés qu&apos;à partir de CMS 3.2&#xa0;; le pont d&apos;appel %2 exécute la version %3.</translation>
    </message>
    <message>
        <source>%1 cannot be moved (for example a Skype for Business participant, or one in a dual-homed meeting).</source>
        <translation>%1 ne peut pas être déplacé (par exemple un participant Skype Entreprise, ou un participant d&apos;une réunion à double hébergement).</translation>
    </message>
</context>
<context>
    <name>models::EndpointListModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>An endpoint in the failover list: call bridge name — host:port</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <extracomment>The first endpoint of the failover list, the one tried first</extracomment>
        <translation>%1 (principal)</translation>
    </message>
</context>
<context>
    <name>models::MembersModel</name>
    <message numerus="yes">
        <source>%1 of %Ln permissions</source>
        <extracomment>A member&apos;s permissions: %1 is how many they have, %Ln how many there are (&quot;3 of 9 permissions&quot;).</extracomment>
        <translation>
            <numerusform>%1 sur %Ln autorisation</numerusform>
            <numerusform>%1 sur %Ln autorisations</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>Profil de branche d&apos;appel</translation>
    </message>
</context>
<context>
    <name>models::ParticipantsModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <extracomment>Tool tip of a participant&apos;s time in the call: when the participant joined</extracomment>
        <translation>Arrivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <extracomment>Tool tip of a participant&apos;s name: the user account the participant signed in with</extracomment>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A yes/no cell the server does not say (a call bridge followed by polling)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Untitled call</source>
        <extracomment>A call that has no name and no space</extracomment>
        <translation>Appel sans nom</translation>
    </message>
    <message>
        <source>SIP</source>
        <extracomment>Kind of participant: a SIP endpoint (video system or phone)</extracomment>
        <translation>SIP</translation>
    </message>
    <message>
        <source>Web app</source>
        <extracomment>Kind of participant: joined from the Meeting Server web app (browser)</extracomment>
        <translation>Application web</translation>
    </message>
    <message>
        <source>Skype for Business</source>
        <extracomment>Kind of participant: a Skype for Business (Lync) client</extracomment>
        <translation>Skype Entreprise</translation>
    </message>
    <message>
        <source>Skype for Business meeting</source>
        <extracomment>Kind of participant: the link to a Skype for Business meeting (dual-homed meeting)</extracomment>
        <translation>Réunion Skype Entreprise</translation>
    </message>
    <message>
        <source>Avaya</source>
        <extracomment>Kind of participant: an Avaya endpoint</extracomment>
        <translation>Avaya</translation>
    </message>
    <message>
        <source>Webex</source>
        <extracomment>Kind of participant: joined from Webex</extracomment>
        <translation>Webex</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of participant</comment>
        <extracomment>Kind of participant the console does not know</extracomment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>In the lobby</source>
        <extracomment>State of a participant: waiting in the lobby until a host lets them in</extracomment>
        <translation>En salle d&apos;attente</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>State of a participant</extracomment>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Ringing</source>
        <extracomment>State of a participant: being called, not answered yet</extracomment>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Connecting</source>
        <extracomment>State of a participant: the call is being set up</extracomment>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>On hold</source>
        <extracomment>State of a participant</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>state of a participant</comment>
        <extracomment>State of a participant the console does not know</extracomment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the participants list</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the participants list: the participant&apos;s URI</extracomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header of the participants list: SIP, web app…</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>Column header of the participants list: the meeting the participant is in</extracomment>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <extracomment>Column header of the participants list: the call bridge hosting the participant</extracomment>
        <translation>Pont d&apos;appel</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header of the participants list: connected, ringing, in the lobby…</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Audio muted</source>
        <extracomment>Column header of the participants list: the participant&apos;s audio is muted (Yes/No)</extracomment>
        <translation>Audio coupé</translation>
    </message>
    <message>
        <source>Video muted</source>
        <extracomment>Column header of the participants list: the participant&apos;s video is muted (Yes/No)</extracomment>
        <translation>Vidéo coupée</translation>
    </message>
    <message>
        <source>Presenting</source>
        <extracomment>Column header of the participants list: the participant is presenting (Yes/No)</extracomment>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Column header of the participants list: the participant is the one speaking (Yes/No)</extracomment>
        <translation>Parle</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>Column header of the participants list: the participant is a host, who lets guests in (Yes/No)</extracomment>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Can be moved</source>
        <extracomment>Column header of the participants list: the participant can be moved to another meeting (Yes/No)</extracomment>
        <translation>Déplaçable</translation>
    </message>
    <message>
        <source>Time in call</source>
        <extracomment>Column header of the participants list: how long the participant has been in the meeting</extracomment>
        <translation>Temps dans l&apos;appel</translation>
    </message>
</context>
<context>
    <name>models::PlaceholderPoolModel</name>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>Pont d&apos;appel</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>models::ProfilesModel</name>
    <message>
        <source>No name</source>
        <extracomment>A call profile the console has no name for (the API does not name call profiles)</extracomment>
        <translation>Sans nom</translation>
    </message>
    <message>
        <source>Name in the console</source>
        <translation>Nom dans la console</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
</context>
<context>
    <name>models::SpacesModel</name>
    <message>
        <source>—</source>
        <extracomment>A yes/no cell whose value is not known (not carried by the list of spaces)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: the space&apos;s name</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URI</source>
        <extracomment>Column header: the space&apos;s URI (user part)</extracomment>
        <translation>URI</translation>
    </message>
    <message>
        <source>Secondary URI</source>
        <translation>URI secondaire</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID d&apos;appel</translation>
    </message>
    <message>
        <source>Passcode</source>
        <extracomment>Column header: whether the space has a passcode (Yes/No)</extracomment>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column header: the JID of the space&apos;s owner</extracomment>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>Profil de branche d&apos;appel</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Profil d&apos;appel</translation>
    </message>
    <message>
        <source>Non-member access</source>
        <extracomment>Column header: whether people who are not members can join (Yes/No)</extracomment>
        <translation>Accès non-membres</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <extracomment>Column header: whether the space was created automatically for a user (Yes/No)</extracomment>
        <translation>Créé automatiquement</translation>
    </message>
</context>
<context>
    <name>models::TemplateUsersModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>models::TraceModel</name>
    <message>
        <source>Time</source>
        <extracomment>Column header of the API trace</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Bridge</source>
        <extracomment>Column header of the API trace: the call bridge the request went to</extracomment>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header of the API trace: GET, POST, PUT, DELETE</extracomment>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column header of the API trace: the request&apos;s path and query</extracomment>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header of the API trace: the HTTP status, or the error when there was no reply</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the API trace: how long the request took</extracomment>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>models::UserCompletionModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <extracomment>A user offered for completion: %1 is the name, %2 the address (JID).</extracomment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>views::AccessMethodDialog</name>
    <message>
        <source>(inherited)</source>
        <extracomment>No call leg profile of its own: the one of the space (or above) applies.</extracomment>
        <translation>(hérité)</translation>
    </message>
    <message>
        <source>(default)</source>
        <extracomment>No value of its own: what the server assumes (or the level above) applies.</extracomment>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Add Access Method</source>
        <translation>Ajouter une méthode d&apos;accès</translation>
    </message>
    <message>
        <source>Edit Access Method</source>
        <translation>Modifier la méthode d&apos;accès</translation>
    </message>
    <message>
        <source>meeting.room (without @domain)</source>
        <translation>meeting.room (sans @domaine)</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>Le cluster n&apos;est pas connecté.</translation>
    </message>
</context>
<context>
    <name>views::AccessMethodTemplatesEditor</name>
    <message>
        <source>Access &amp;method templates of this space template:</source>
        <translation>&amp;Modèles de méthode d’accès de ce modèle d’espace&#xa0;:</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>Modèles de méthode d’accès</translation>
    </message>
    <message>
        <source>The access methods each space made from this template gets; choose one to see and edit its settings below</source>
        <translation>Les méthodes d’accès que reçoit chaque espace créé à partir de ce modèle&#xa0;; choisissez-en une pour voir et modifier ses paramètres ci-dessous</translation>
    </message>
    <message>
        <source>Settings of the chosen access method template</source>
        <translation>Paramètres du modèle de méthode d’accès choisi</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add an access method template to this space template</source>
        <translation>Ajouter un modèle de méthode d’accès à ce modèle d’espace</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supprime&amp;r…</translation>
    </message>
    <message>
        <source>Delete the chosen access method template</source>
        <translation>Supprimer le modèle de méthode d’accès choisi</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the access method template</source>
        <translation>Enregistrer le modèle de méthode d’accès</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the changes to the access method template</source>
        <translation>Abandonner les modifications du modèle de méthode d’accès</translation>
    </message>
    <message>
        <source>Not saved: correct the field marked first.</source>
        <translation>Non enregistré&#xa0;: corrigez d’abord le champ signalé.</translation>
    </message>
    <message>
        <source>New Access Method Template</source>
        <translation>Nouveau modèle de méthode d’accès</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Créé.</translation>
    </message>
    <message>
        <source>Delete the Access Method Template</source>
        <translation>Supprimer le modèle de méthode d’accès</translation>
    </message>
    <message>
        <source>Delete the access method template «%1»?</source>
        <translation>Supprimer le modèle de méthode d’accès «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>views::AccessMethodsEditor</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add an access method to the space</source>
        <translation>Ajouter une méthode d&apos;accès à l&apos;espace</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected access method</source>
        <translation>Modifier la méthode d&apos;accès sélectionnée</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected access method</source>
        <translation>Supprimer la méthode d&apos;accès sélectionnée</translation>
    </message>
    <message>
        <source>Reading the access methods…</source>
        <translation>Lecture des méthodes d&apos;accès…</translation>
    </message>
    <message>
        <source>Added the access method “%1”.</source>
        <translation>Méthode d&apos;accès «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Changed the access method “%1”.</source>
        <translation>Méthode d&apos;accès «&#xa0;%1&#xa0;» modifiée.</translation>
    </message>
    <message>
        <source>Delete Access Method</source>
        <translation>Supprimer la méthode d&apos;accès</translation>
    </message>
    <message>
        <source>Delete the access method “%1”? Whoever joins by it can no longer join.</source>
        <translation>Supprimer la méthode d&apos;accès «&#xa0;%1&#xa0;»&#xa0;? Les personnes qui l&apos;utilisent pour rejoindre l&apos;espace ne pourront plus le faire.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The access method “%1” was not deleted: %2</source>
        <translation>La méthode d&apos;accès «&#xa0;%1&#xa0;» n&apos;a pas été supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted the access method “%1”.</source>
        <translation>Méthode d&apos;accès «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>Méthodes d&apos;accès</translation>
    </message>
</context>
<context>
    <name>views::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>API trace</source>
        <extracomment>Tab of the Activity dock listing every request sent to the servers</extracomment>
        <translation>Trace API</translation>
    </message>
    <message>
        <source>Operations</source>
        <extracomment>Tab of the Activity dock listing what the console did (connected, failover, operations…)</extracomment>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en commande &amp;curl</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command. Passwords are read from shell variables (CMS_USER, CMS_PASSWORD…), never copied.</source>
        <translation>Copie la requête sélectionnée sous forme de commande curl. Les mots de passe sont lus dans des variables du shell (CMS_USER, CMS_PASSWORD…) et ne sont jamais copiés.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>Remove every request from the trace.</source>
        <translation>Supprime toutes les requêtes de la trace.</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>Sélectionnez une requête pour l&apos;afficher en entier.</translation>
    </message>
    <message>
        <source>Every request sent to the servers and its reply, secrets hidden</source>
        <translation>Chaque requête envoyée aux serveurs et sa réponse, secrets masqués</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>Requête sélectionnée</translation>
    </message>
    <message>
        <source>The selected request and its reply in full, secrets hidden</source>
        <translation>La requête sélectionnée et sa réponse en entier, secrets masqués</translation>
    </message>
    <message>
        <source>What the console did: connections, failovers, changes</source>
        <translation>Ce que la console a fait&#xa0;: connexions, basculements, modifications</translation>
    </message>
</context>
<context>
    <name>views::AddressListEdit</name>
    <message>
        <source>Line %1: %2 — %3</source>
        <extracomment>%1: line number in the list of addresses, %2: the address typed, %3: why it cannot be dialled</extracomment>
        <translation>Ligne %1&#xa0;: %2 — %3</translation>
    </message>
</context>
<context>
    <name>views::BridgesPane</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Action: check the call bridges of the selected cluster now</extracomment>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Check the call bridges of the selected cluster now (%1)</source>
        <translation>Vérifier maintenant les ponts d&apos;appel du cluster sélectionné (%1)</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Ponts d&apos;appel</translation>
    </message>
    <message>
        <source>Select a cluster or a call bridge to see its details.</source>
        <translation>Sélectionnez un cluster ou un pont d&apos;appel pour en afficher les détails.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1&#xa0;: ouverture…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <extracomment>%1: cluster name, %2: why (a sentence)</extracomment>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no call bridge answers.</source>
        <translation>%1&#xa0;: aucun pont d&apos;appel ne répond.</translation>
    </message>
    <message>
        <source>%1: configuration goes through %2.</source>
        <extracomment>%1: cluster name, %2: call bridge name</extracomment>
        <translation>%1&#xa0;: la configuration passe par %2.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <extracomment>%1: call bridge name, %2: the error (a sentence)</extracomment>
        <translation>%1 ne répond pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not answer.</source>
        <translation>%1 ne répond pas.</translation>
    </message>
    <message>
        <source>%1 answers slowly; last answer at %2.</source>
        <extracomment>%1: call bridge name, %2: time of day</extracomment>
        <translation>%1 répond lentement&#xa0;; dernière réponse à %2.</translation>
    </message>
    <message>
        <source>%1 answers slowly.</source>
        <translation>%1 répond lentement.</translation>
    </message>
    <message>
        <source>%1 has not answered yet.</source>
        <translation>%1 n&apos;a pas encore répondu.</translation>
    </message>
    <message>
        <source>%1 answered at %2.</source>
        <extracomment>%1: call bridge name, %2: time of day</extracomment>
        <translation>%1 a répondu à %2.</translation>
    </message>
    <message>
        <source>Every cluster with its call bridges, and how the console sees each one</source>
        <translation>Chaque cluster avec ses ponts d&apos;appel, et l&apos;état de chacun vu par la console</translation>
    </message>
</context>
<context>
    <name>views::BridgesSection</name>
    <message>
        <source>&amp;Bridges</source>
        <extracomment>View menu: show the Bridges section</extracomment>
        <translation>&amp;Ponts d&apos;appel</translation>
    </message>
</context>
<context>
    <name>views::BulkResultsDialog</name>
    <message>
        <source>Delete Spaces</source>
        <translation>Supprimer des espaces</translation>
    </message>
    <message>
        <source>Set %1 on Spaces</source>
        <extracomment>Window title. %1: the field&apos;s API name</extracomment>
        <translation>Définir %1 sur des espaces</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Column header: the space</extracomment>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Start no more requests; those under way finish</source>
        <translation>Ne plus lancer de requêtes&#xa0;; celles en cours se terminent</translation>
    </message>
    <message>
        <source>✓</source>
        <extracomment>The change on this space worked</extracomment>
        <translation>✓</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln space(s) changed.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %Ln espace modifié.</numerusform>
            <numerusform>Terminé&#xa0;: %Ln espaces modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 changed, %2 not changed.</source>
        <extracomment>%1: spaces changed, %2: spaces that failed or were not changed</extracomment>
        <translation>Terminé. Espaces modifiés&#xa0;: %1&#xa0;; non modifiés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 spaces done…</source>
        <extracomment>%1: spaces done so far, %2: all the spaces</extracomment>
        <translation>Espaces traités&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>Result of each space</source>
        <translation>Résultat pour chaque espace</translation>
    </message>
</context>
<context>
    <name>views::BulkSetFieldDialog</name>
    <message>
        <source>(not set)</source>
        <extracomment>Choice that unsets a field (the space inherits the value)</extracomment>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Set a Field</source>
        <translation>Définir un champ</translation>
    </message>
    <message numerus="yes">
        <source>Set one field to the same value on %Ln selected space(s). An empty value unsets the field: the spaces then inherit it.</source>
        <translation>
            <numerusform>Donnez à un champ la même valeur sur %Ln espace sélectionné. Une valeur vide efface le champ&#xa0;: l&apos;espace en hérite alors.</numerusform>
            <numerusform>Donnez à un champ la même valeur sur les %Ln espaces sélectionnés. Une valeur vide efface le champ&#xa0;: les espaces en héritent alors.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <extracomment>Form label: which field of the spaces to set</extracomment>
        <translation>&amp;Champ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>views::CallLegDetailsView</name>
    <message>
        <source>Choose a participant to see the media of their call legs.</source>
        <translation>Choisissez un participant pour voir les médias de ses branches d&apos;appel.</translation>
    </message>
    <message>
        <source>Waiting for the connection to the cluster.</source>
        <translation>En attente de la connexion au cluster.</translation>
    </message>
    <message>
        <source>Reading the call legs…</source>
        <translation>Lecture des branches d&apos;appel…</translation>
    </message>
    <message>
        <source>No call legs at %1: the participant may have left the call.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>Aucune branche d&apos;appel à %1&#xa0;: le participant a peut-être quitté l&apos;appel.</translation>
    </message>
    <message>
        <source>Updated at %1, refreshed every %2 while shown.</source>
        <extracomment>%1 is a time of day, %2 a duration (&quot;2 s&quot;)</extracomment>
        <translation>Mis à jour à %1, actualisé toutes les %2 tant qu&apos;il est affiché.</translation>
    </message>
    <message>
        <source>The call legs could not be refreshed: %1 The figures shown are from %2.</source>
        <extracomment>%1 is the reason, a sentence; %2 a time of day</extracomment>
        <translation>Les branches d&apos;appel n&apos;ont pas pu être actualisées&#xa0;: %1 Les valeurs affichées datent de %2.</translation>
    </message>
    <message>
        <source>The call legs could not be read: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>Les branches d&apos;appel n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call legs</source>
        <translation>Branches d&apos;appel</translation>
    </message>
    <message>
        <source>Call legs of %1</source>
        <translation>Branches d&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call legs and their media</source>
        <translation>Branches d&apos;appel et leurs médias</translation>
    </message>
    <message>
        <source>Each call leg of the participant with its round-trip time and the alarms the call bridge raises; under it, the audio and video the call bridge receives and sends, with codec, bit rate, jitter and packet loss. Figures past their limits are marked as warnings.</source>
        <translation>Chaque branche d&apos;appel du participant avec son temps aller-retour et les alarmes que le pont d&apos;appel signale&#xa0;; en dessous, l&apos;audio et la vidéo que le pont d&apos;appel reçoit et envoie, avec codec, débit, gigue et perte de paquets. Les valeurs qui dépassent leur limite sont signalées par un avertissement.</translation>
    </message>
    <message>
        <source>Call leg details status</source>
        <translation>État des détails des branches d&apos;appel</translation>
    </message>
</context>
<context>
    <name>views::CallLegsChartView</name>
    <message>
        <source>Active call legs</source>
        <translation>Branches d&apos;appel actives</translation>
    </message>
    <message>
        <source>Active call legs of each call bridge, as its status reports them.</source>
        <translation>Branches d&apos;appel actives de chaque pont d&apos;appel, telles que son état les indique.</translation>
    </message>
</context>
<context>
    <name>views::CertificateChangedDialog</name>
    <message>
        <source>Certificate Changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <source>The call bridge %1 presented a different certificate from the one you trusted. The connection was refused.</source>
        <translation>Le pont d&apos;appel %1 a présenté un certificat différent de celui que vous avez approuvé. La connexion a été refusée.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection to read or change what the console sends, passwords included. Or an administrator may have replaced the call bridge&apos;s certificate. Ask the call bridge&apos;s administrator which is the case before you go on.</source>
        <translation>Quelqu&apos;un intercepte peut-être la connexion pour lire ou modifier ce que la console envoie, mots de passe compris. Ou bien un administrateur a remplacé le certificat du pont d&apos;appel. Demandez à l&apos;administrateur du pont d&apos;appel ce qu&apos;il en est avant de continuer.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the trusted certificate:</source>
        <translation>Empreinte SHA-256 du certificat approuvé&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate presented now:</source>
        <translation>Certificat présenté actuellement&#xa0;:</translation>
    </message>
    <message>
        <source>If the administrator confirms the new certificate, edit the cluster, choose “Forget the pinned certificate”, then “Test connection” and trust the new certificate after comparing its fingerprint.</source>
        <translation>Si l&apos;administrateur confirme le nouveau certificat, modifiez le cluster, choisissez «&#xa0;Oublier le certificat épinglé&#xa0;», puis «&#xa0;Tester la connexion&#xa0;», et approuvez le nouveau certificat après avoir comparé son empreinte.</translation>
    </message>
</context>
<context>
    <name>views::CertificateSummary</name>
    <message>
        <source>Issued to:</source>
        <extracomment>Certificate field: the server the certificate names</extracomment>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <extracomment>Certificate field: who signed the certificate</extracomment>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The certificate is within its validity period.</source>
        <translation>Le certificat est dans sa période de validité.</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>Ce certificat a expiré.</translation>
    </message>
    <message>
        <source>This certificate is not valid yet: check the clocks of this computer and of the call bridge.</source>
        <translation>Ce certificat n&apos;est pas encore valide&#xa0;: vérifiez l&apos;horloge de cet ordinateur et celle du pont d&apos;appel.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A certificate&apos;s common name, then its organization: &quot;cms1.example.com (Example Corp)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>views::ClusterDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit Cluster</source>
        <translation>Modifier le cluster</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>Ajouter un cluster</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>cms1.example.com:445</source>
        <translation>cms1.example.com:445</translation>
    </message>
    <message>
        <source>The Web Admin address of the cluster&apos;s primary call bridge, with its port when it is not 443.</source>
        <translation>L&apos;adresse Web Admin du pont d&apos;appel principal du cluster, avec son port s&apos;il est différent de 443.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>An API user of the call bridge.</source>
        <translation>Un utilisateur de l&apos;API du pont d&apos;appel.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <extracomment>Form label: how the call bridge&apos;s TLS certificate is trusted</extracomment>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Forget the pinned certificate</source>
        <translation>Oublier le certificat épinglé</translation>
    </message>
    <message>
        <source>The next connection test asks again whether to trust the certificate the call bridge presents.</source>
        <translation>Le prochain test de connexion demandera de nouveau s&apos;il faut approuver le certificat présenté par le pont d&apos;appel.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Trusted by this computer&apos;s certificate authorities, or asked when testing.</source>
        <translation>Approuvé par les autorités de certification de cet ordinateur, ou demandé lors du test.</translation>
    </message>
    <message>
        <source>Pinned, SHA-256 %1</source>
        <translation>Épinglé, SHA-256 %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Connected: the call bridge runs version %1.</source>
        <translation>Connecté&#xa0;: le pont d&apos;appel exécute la version %1.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>The certificate was not trusted: the console will not connect to this call bridge. Nothing was saved.</source>
        <translation>Le certificat n&apos;a pas été approuvé&#xa0;: la console ne se connectera pas à ce pont d&apos;appel. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No password is stored for this cluster: type the password.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce cluster&#xa0;: saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>This address is already used by the cluster “%1”.</source>
        <translation>Cette adresse est déjà utilisée par le cluster «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This address is already an alternate call bridge of this cluster.</source>
        <translation>Cette adresse est déjà celle d&apos;un pont d&apos;appel secondaire de ce cluster.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
</context>
<context>
    <name>views::ClusterStatusBar</name>
    <message>
        <source>No cluster selected</source>
        <translation>Aucun cluster sélectionné</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>Active endpoint: %1</source>
        <translation>Pont actif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active endpoint: none answers</source>
        <translation>Pont actif&#xa0;: aucun ne répond</translation>
    </message>
    <message>
        <source>Failover: no call bridge answers</source>
        <translation>Basculement&#xa0;: aucun pont d&apos;appel ne répond</translation>
    </message>
    <message>
        <source>Failover: on the primary</source>
        <translation>Basculement&#xa0;: sur le principal</translation>
    </message>
    <message>
        <source>Failover: on alternate %1</source>
        <translation>Basculement&#xa0;: sur le secondaire %1</translation>
    </message>
    <message>
        <source>Live updates: events</source>
        <translation>Mises à jour en direct&#xa0;: événements</translation>
    </message>
    <message>
        <source>Live updates: polling</source>
        <translation>Mises à jour en direct&#xa0;: interrogation</translation>
    </message>
    <message numerus="yes">
        <source>Live updates: events on %Ln bridge(s), polling on %1</source>
        <translation>
            <numerusform>Mises à jour en direct&#xa0;: événements sur %Ln pont, interrogation sur %1</numerusform>
            <numerusform>Mises à jour en direct&#xa0;: événements sur %Ln ponts, interrogation sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Live updates: connecting…</source>
        <translation>Mises à jour en direct&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Events arrive at once over a WebSocket (CMS 2.9 and later); polling reads the calls again at intervals when events are not available.</source>
        <translation>Les événements arrivent immédiatement par une WebSocket (CMS 2.9 et versions ultérieures)&#xa0;; l&apos;interrogation relit les appels à intervalles réguliers lorsque les événements ne sont pas disponibles.</translation>
    </message>
</context>
<context>
    <name>views::DialOutDialog</name>
    <message>
        <source>Dial Out</source>
        <translation>Appeler un participant</translation>
    </message>
    <message>
        <source>Call someone into «%1». The call bridge of the meeting dials the address.</source>
        <translation>Faire entrer quelqu&apos;un dans « %1 » par un appel. Le pont d&apos;appel de la réunion compose l&apos;adresse.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>alice@example.com or +33 1 23 45 67 89</source>
        <translation>alice@example.com ou +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Address to dial</source>
        <translation>Adresse à appeler</translation>
    </message>
    <message>
        <source>A URI such as alice@example.com, an endpoint&apos;s domain name or IP address, or a telephone number</source>
        <translation>Un URI comme alice@example.com, le nom de domaine ou l&apos;adresse IP d&apos;un terminal, ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation>&amp;Appeler</translation>
    </message>
</context>
<context>
    <name>views::EffectiveSettingsView</name>
    <message>
        <source>Applies to SIP callers only; joins from the web app are not affected.</source>
        <translation>S&apos;applique uniquement aux appelants SIP&#xa0;; les connexions depuis l&apos;application web ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>Profil de branche d&apos;appel</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Profil d&apos;appel</translation>
    </message>
    <message>
        <source>No space selected.</source>
        <translation>Aucun espace sélectionné.</translation>
    </message>
    <message>
        <source>Waiting for the cluster to be connected…</source>
        <translation>En attente de la connexion du cluster…</translation>
    </message>
    <message>
        <source>Reading the space, its access methods, members and profiles…</source>
        <translation>Lecture de l&apos;espace, de ses méthodes d&apos;accès, de ses membres et des profils…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Impossible de lire les paramètres&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referenced profile(s) could not be read (deleted meanwhile?): %1. Their values are not counted.</source>
        <translation>
            <numerusform>%Ln profil référencé n&apos;a pas pu être lu (supprimé entre-temps&#xa0;?)&#xa0;: %1. Ses valeurs ne sont pas prises en compte.</numerusform>
            <numerusform>%Ln profils référencés n&apos;ont pas pu être lus (supprimés entre-temps&#xa0;?)&#xa0;: %1. Leurs valeurs ne sont pas prises en compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests (space URI %1, call ID %2)</source>
        <extracomment>A way of joining a space: %1 is its URI, %2 its call ID.</extracomment>
        <translation>Invités (URI de l&apos;espace %1, ID d&apos;appel %2)</translation>
    </message>
    <message>
        <source>Guests (space URI or call ID %1)</source>
        <extracomment>A way of joining a space: %1 is its URI or its call ID.</extracomment>
        <translation>Invités (URI ou ID d&apos;appel de l&apos;espace %1)</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Access method %1 (%2)</source>
        <extracomment>%1 is the access method&apos;s name, %2 its URI or call ID.</extracomment>
        <translation>Méthode d&apos;accès %1 (%2)</translation>
    </message>
    <message>
        <source>Access method %1</source>
        <translation>Méthode d&apos;accès %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <extracomment>%1 is the member&apos;s user address (JID).</extracomment>
        <translation>Membre %1</translation>
    </message>
    <message>
        <source>User: %1 (joins as a member, with the web app)</source>
        <extracomment>%1 is a user address (JID).</extracomment>
        <translation>Utilisateur&#xa0;: %1 (rejoint en tant que membre, avec l&apos;application web)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown for an empty URI or call ID.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>set</source>
        <extracomment>Whether a passcode is set: &quot;set&quot; or &quot;not set&quot;; the passcode itself is never shown.</extracomment>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>URI: %1 — call ID: %2 — passcode: %3</source>
        <translation>URI&#xa0;: %1 — ID d&apos;appel&#xa0;: %2 — code d&apos;accès&#xa0;: %3</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: the space&apos;s, then the tenant&apos;s, then the global one; when none does, the server&apos;s default applies.</source>
        <translation>Chaque valeur provient du premier profil qui la définit&#xa0;: celui de l&apos;espace, puis celui du locataire, puis le profil global&#xa0;; si aucun ne la définit, la valeur par défaut du serveur s&apos;applique.</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: this access method&apos;s call leg profile, then the space&apos;s, the tenant&apos;s and the global ones; when none does, the server&apos;s default applies.</source>
        <translation>Chaque valeur provient du premier profil qui la définit&#xa0;: le profil de branche d&apos;appel de cette méthode d&apos;accès, puis ceux de l&apos;espace et du locataire, puis le profil global&#xa0;; si aucun ne la définit, la valeur par défaut du serveur s&apos;applique.</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: this member&apos;s call leg profile, then the space&apos;s, the tenant&apos;s and the global ones; when none does, the server&apos;s default applies.</source>
        <translation>Chaque valeur provient du premier profil qui la définit&#xa0;: le profil de branche d&apos;appel de ce membre, puis ceux de l&apos;espace et du locataire, puis le profil global&#xa0;; si aucun ne la définit, la valeur par défaut du serveur s&apos;applique.</translation>
    </message>
    <message>
        <source>(server&apos;s choice)</source>
        <extracomment>A setting nobody sets: the server decides.</extracomment>
        <translation>(choix du serveur)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The space itself</source>
        <extracomment>Where a value is set: on the space itself, not in a profile.</extracomment>
        <translation>L&apos;espace lui-même</translation>
    </message>
    <message>
        <source>&amp;Way of joining:</source>
        <translation>&amp;Mode de participation&#xa0;:</translation>
    </message>
    <message>
        <source>Guests by the space&apos;s own URI or call ID, an access method, or a member</source>
        <translation>Invités via l&apos;URI ou l&apos;ID d&apos;appel propres à l&apos;espace, une méthode d&apos;accès ou un membre</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the space and its profiles again</source>
        <translation>Relire l&apos;espace et ses profils</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Comes from</source>
        <extracomment>Column: the level a value comes from (global, tenant, space…).</extracomment>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>Paramètres effectifs</translation>
    </message>
    <message>
        <source>Each setting that applies to this way of joining, and the level it comes from</source>
        <translation>Chaque paramètre qui s&apos;applique à cette façon de rejoindre, et le niveau dont il provient</translation>
    </message>
    <message>
        <source>Details of this way of joining</source>
        <translation>Détails de cette façon de rejoindre</translation>
    </message>
</context>
<context>
    <name>views::EndpointCredentialsEditor</name>
    <message>
        <source>Credentials of the selected call bridge</source>
        <translation>Identifiants du pont d&apos;appel sélectionné</translation>
    </message>
    <message>
        <source>&amp;Same as the primary</source>
        <translation>&amp;Identiques à ceux du principal</translation>
    </message>
    <message>
        <source>&amp;Own user and password</source>
        <translation>Utilisateur et mot de passe &amp;propres</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the password field: the stored password is kept unless a new one is typed.</extracomment>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>New password entered</source>
        <extracomment>Placeholder of the password field: a new password was typed (it is never shown back).</extracomment>
        <translation>Nouveau mot de passe saisi</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Placeholder of the password field: a password must be typed.</extracomment>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>views::FailoverSettingsDialog</name>
    <message>
        <source>Failover Settings of %1</source>
        <translation>Paramètres de basculement — %1</translation>
    </message>
    <message>
        <source>Failover moves only the console&apos;s own traffic to the next call bridge of this list; Cisco Meeting Server itself never moves a running meeting off a failed call bridge.</source>
        <translation>Le basculement ne déplace que le trafic propre à la console vers le pont d&apos;appel suivant de cette liste&#xa0;; Cisco Meeting Server lui-même ne déplace jamais une réunion en cours hors d&apos;un pont d&apos;appel défaillant.</translation>
    </message>
    <message>
        <source>Call bridges in the order they are tried (the first is the primary)</source>
        <translation>Ponts d&apos;appel dans l&apos;ordre où ils sont essayés (le premier est le principal)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Disco&amp;vered:</source>
        <extracomment>Label of the list of call bridges found in the cluster that can be added as alternates.</extracomment>
        <translation>Déc&amp;ouverts&#xa0;:</translation>
    </message>
    <message>
        <source>No other call bridge discovered</source>
        <translation>Aucun autre pont d&apos;appel découvert</translation>
    </message>
    <message>
        <source>Or a&amp;ddress:</source>
        <extracomment>Label of a field where an alternate&apos;s address is typed instead of chosen from the discovered ones.</extracomment>
        <translation>Ou adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>cms2.example.com:445</source>
        <translation>cms2.example.com:445</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: adds the chosen call bridge to the failover list.</extracomment>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Failover policy</source>
        <translation>Stratégie de basculement</translation>
    </message>
    <message>
        <source>When the primary answers again:</source>
        <translation>Lorsque le principal répond de nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Stay on the call bridge that took over</source>
        <translation>Rester sur le pont d&apos;appel qui a pris le relais</translation>
    </message>
    <message>
        <source>Return to the primary</source>
        <translation>Revenir au principal</translation>
    </message>
    <message>
        <source>Return once it has answered for:</source>
        <translation>Revenir une fois qu&apos;il a répondu pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Check each call bridge every:</source>
        <translation>Vérifier chaque pont d&apos;appel toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A discovered call bridge: %1 its name, %2 its address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a discovered call bridge or type an address.</source>
        <translation>Choisissez un pont d&apos;appel découvert ou saisissez une adresse.</translation>
    </message>
    <message>
        <source>%1 is already a call bridge of this cluster; each one is listed once.</source>
        <translation>%1 est déjà un pont d&apos;appel de ce cluster&#xa0;; chacun n&apos;apparaît qu&apos;une fois.</translation>
    </message>
    <message>
        <source>%1 is already a call bridge of the cluster “%2”; a call bridge belongs to one cluster only.</source>
        <translation>%1 est déjà un pont d&apos;appel du cluster «&#xa0;%2&#xa0;»&#xa0;; un pont d&apos;appel n&apos;appartient qu&apos;à un seul cluster.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification en cours&#xa0;: %1…</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <extracomment>%1 a call bridge&apos;s address, %2 why (a full sentence).</extracomment>
        <translation>%1 n&apos;a pas été ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was added, but it does not answer now: %2</source>
        <extracomment>%1 a call bridge&apos;s address, %2 why (a full sentence).</extracomment>
        <translation>%1 a été ajouté, mais il ne répond pas actuellement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not added: its certificate is not trusted.</source>
        <translation>%1 n&apos;a pas été ajouté&#xa0;: son certificat n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>This cluster is no longer known; nothing was saved.</source>
        <translation>Ce cluster n&apos;est plus connu&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Enter the user for %1.</source>
        <translation>Saisissez l&apos;utilisateur pour %1.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Saisissez le mot de passe pour %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The failover settings could not be saved.</source>
        <translation>Impossible d&apos;enregistrer les paramètres de basculement.</translation>
    </message>
    <message>
        <source>Call bridges in failover order</source>
        <translation>Ponts d&apos;appel dans l&apos;ordre de basculement</translation>
    </message>
</context>
<context>
    <name>views::GlobalProfilesDialog</name>
    <message>
        <source>Global Profiles</source>
        <translation>Profils globaux</translation>
    </message>
    <message>
        <source>The profiles that apply to the whole cluster: every tenant, space and call uses them unless it names its own.</source>
        <translation>Les profils qui s’appliquent à tout le cluster&#xa0;: chaque locataire, espace et appel les utilise, sauf s’il désigne les siens.</translation>
    </message>
    <message>
        <source>&amp;Call profile:</source>
        <translation>Profil d’&amp;appel&#xa0;:</translation>
    </message>
    <message>
        <source>Global call profile</source>
        <translation>Profil d’appel global</translation>
    </message>
    <message>
        <source>Call &amp;leg profile:</source>
        <translation>Profil de &amp;branche d’appel&#xa0;:</translation>
    </message>
    <message>
        <source>Global call leg profile</source>
        <translation>Profil de branche d’appel global</translation>
    </message>
    <message>
        <source>&amp;Dial-in security profile:</source>
        <translation>Profil de sécurité d’appel &amp;entrant&#xa0;:</translation>
    </message>
    <message>
        <source>Global dial-in security profile</source>
        <translation>Profil de sécurité d’appel entrant global</translation>
    </message>
    <message>
        <source>This cluster runs a CMS version without them (they came with %1).</source>
        <translation>Ce cluster utilise une version de CMS qui ne les a pas (ils sont apparus avec la %1).</translation>
    </message>
    <message>
        <source>None (the server&apos;s defaults)</source>
        <translation>Aucun (valeurs par défaut du serveur)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>The global profiles could not be read: %1</source>
        <translation>Impossible de lire les profils globaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profiles could not be read: %1</source>
        <translation>Impossible de lire les profils&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profile in a list: its name, then its id in brackets</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not found on the cluster)</source>
        <extracomment>A profile id the global profiles name but the cluster does not have</extracomment>
        <translation>%1 (introuvable sur le cluster)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>views::GrowPoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” has %n more placeholder(s), each checked on the cluster.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>Le pool « %1 » a %n espace réservé de plus, vérifié sur le cluster.</numerusform>
            <numerusform>Le pool « %1 » a %n espaces réservés de plus, chacun vérifié sur le cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grow Placeholder Pool</source>
        <translation>Agrandir le pool d&apos;espaces réservés</translation>
    </message>
    <message numerus="yes">
        <source>The pool “%1” has %n placeholder(s). New ones come after its last index, with its patterns and profiles.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>Le pool « %1 » compte %n espace réservé. Les nouveaux viennent après son dernier index, avec ses modèles et ses profils.</numerusform>
            <numerusform>Le pool « %1 » compte %n espaces réservés. Les nouveaux viennent après son dernier index, avec ses modèles et ses profils.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Placeholders to add:</source>
        <translation>&amp;Espaces réservés à ajouter :</translation>
    </message>
    <message>
        <source>Placeholders to add</source>
        <translation>Espaces réservés à ajouter</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <extracomment>%1, %2: the first and last new placeholder&apos;s names</extracomment>
        <translation>De %1 à %2.</translation>
    </message>
</context>
<context>
    <name>views::GuestHostCheckDialog</name>
    <message>
        <source>Why Can&apos;t My Guests Get In?</source>
        <translation>Pourquoi mes invités ne peuvent-ils pas entrer ?</translation>
    </message>
    <message>
        <source>Pattern the space follows</source>
        <translation>Modèle suivi par l&apos;espace</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>One row per problem: what keeps guests or hosts out, and what its fix does. Press Enter on a row to see its fix.</source>
        <translation>Une ligne par problème : ce qui empêche les invités ou les hôtes d&apos;entrer, et ce que fait sa correction. Appuyez sur Entrée sur une ligne pour voir sa correction.</translation>
    </message>
    <message>
        <source>Outcome of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Steps of the fix</source>
        <translation>Étapes de la correction</translation>
    </message>
    <message>
        <source>The API steps the fix sends, in order, with their exact values (PINs masked); nothing is sent until you choose Run Fix</source>
        <translation>Les étapes d&apos;API que la correction envoie, dans l&apos;ordre, avec leurs valeurs exactes (codes PIN masqués) ; rien n&apos;est envoyé avant que vous choisissiez Appliquer la correction</translation>
    </message>
    <message>
        <source>Progress of the fix</source>
        <translation>Avancement de la correction</translation>
    </message>
    <message>
        <source>Outcome of the fix</source>
        <translation>Résultat de la correction</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Show what the fix of the selected problem would change, before anything is changed</source>
        <translation>Montrer ce que la correction du problème sélectionné changerait, avant toute modification</translation>
    </message>
    <message>
        <source>&amp;Run Fix</source>
        <translation>&amp;Appliquer la correction</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Wait until the fix ends: the dialog closes once nothing is half done.</source>
        <translation>Attendez la fin de la correction : la fenêtre se ferme une fois que rien n&apos;est à moitié fait.</translation>
    </message>
    <message>
        <source>Reading the space&apos;s call leg and call profiles, access methods and members…</source>
        <translation>Lecture des profils de branche d&apos;appel et d&apos;appel, des méthodes d&apos;accès et des membres de l&apos;espace…</translation>
    </message>
    <message>
        <source>How the space «%1» lets guests and hosts in, read from its call leg and call profiles, its access methods and its members.</source>
        <translation>Comment l&apos;espace «&#xa0;%1&#xa0;» laisse entrer les invités et les hôtes, d&apos;après ses profils de branche d&apos;appel et d&apos;appel, ses méthodes d&apos;accès et ses membres.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The space could not be read: %1</source>
        <translation>Impossible de lire l&apos;espace : %1</translation>
    </message>
    <message>
        <source>Pattern: %1.</source>
        <extracomment>%1: the name of one of the four guest/host patterns</extracomment>
        <translation>Modèle : %1.</translation>
    </message>
    <message>
        <source>Pattern: none of the four. Nothing tells hosts from guests: the space has no access method, no owner and no member with a host call leg profile.</source>
        <translation>Modèle : aucun des quatre. Rien ne distingue les hôtes des invités : l&apos;espace n&apos;a ni méthode d&apos;accès, ni propriétaire, ni membre avec un profil de branche d&apos;appel hôte.</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <extracomment>A problem the console cannot fix alone; %1: what to do</extracomment>
        <translation>À la main : %1</translation>
    </message>
    <message>
        <source>No problem found: guests wait in the lobby until a host joins, and hosts have a way in of their own.</source>
        <translation>Aucun problème trouvé : les invités attendent dans la salle d&apos;attente jusqu&apos;à l&apos;arrivée d&apos;un hôte, et les hôtes ont leur propre accès.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Choose one and Fix… to see what its fix would change; one fix runs at a time, and the space is checked again after each.</source>
        <translation>
            <numerusform>%n problème trouvé. Choisissez-le puis Corriger… pour voir ce que sa correction changerait ; une correction s&apos;exécute à la fois, et l&apos;espace est vérifié à nouveau après chacune.</numerusform>
            <numerusform>%n problèmes trouvés. Choisissez-en un puis Corriger… pour voir ce que sa correction changerait ; une correction s&apos;exécute à la fois, et l&apos;espace est vérifié à nouveau après chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1: number of a guest/host pattern, %2: its name
----------
%1: step number, %2: the step with its exact values</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Nothing has been changed yet. The fix would send these steps, in order; if one fails, the steps before it are undone:</source>
        <translation>&amp;Rien n&apos;a encore été modifié. La correction enverrait ces étapes, dans l&apos;ordre ; si l&apos;une échoue, les étapes précédentes sont annulées :</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n step(s) done. The space is read and checked again.</source>
        <translation>
            <numerusform>Corrigé : %n étape effectuée. L&apos;espace est relu et vérifié à nouveau.</numerusform>
            <numerusform>Corrigé : %n étapes effectuées. L&apos;espace est relu et vérifié à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>The fix failed and was undone: the space is as it was.
%1</source>
        <extracomment>%1: which step failed and why, and that what was done before it was undone</extracomment>
        <translation>La correction a échoué et a été annulée : l&apos;espace est tel qu&apos;il était.
%1</translation>
    </message>
    <message>
        <source>The fix failed and could not be undone entirely:
%1</source>
        <extracomment>%1: which step failed, why, and what could not be put back</extracomment>
        <translation>La correction a échoué et n&apos;a pas pu être entièrement annulée :
%1</translation>
    </message>
    <message>
        <source>The pattern it follows</source>
        <extracomment>The first choice of &quot;Meant to follow&quot;: no pattern is said, the check takes the one the space follows</extracomment>
        <translation>Le modèle qu&apos;il suit</translation>
    </message>
    <message>
        <source>The guest/host pattern the space is meant to follow: the check then applies that pattern&apos;s rules and says when the space follows another</source>
        <translation>Le modèle invités/hôtes que l&apos;espace doit suivre : la vérification applique alors les règles de ce modèle et signale si l&apos;espace en suit un autre</translation>
    </message>
    <message>
        <source>&amp;Meant to follow:</source>
        <translation>Modèle &amp;prévu :</translation>
    </message>
</context>
<context>
    <name>views::GuestHostDetailsPage</name>
    <message>
        <source>To go on: %1</source>
        <extracomment>%1: the first problem of the details, a sentence</extracomment>
        <translation>Pour continuer : %1</translation>
    </message>
    <message>
        <source>The cluster refuses some of these values: see under the fields.</source>
        <translation>Le cluster refuse certaines de ces valeurs : voir sous les champs.</translation>
    </message>
    <message>
        <source>Checking the values against the cluster…</source>
        <translation>Vérification des valeurs auprès du cluster…</translation>
    </message>
    <message>
        <source>Each space is checked against the cluster on the next page.</source>
        <translation>Chaque espace est vérifié auprès du cluster à la page suivante.</translation>
    </message>
    <message>
        <source>The values could not be checked against the cluster: %1</source>
        <translation>Les valeurs n&apos;ont pas pu être vérifiées auprès du cluster : %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What is left to fix</source>
        <translation>Ce qui reste à corriger</translation>
    </message>
    <message>
        <source>“%1” for %2.</source>
        <extracomment>%1: the pattern&apos;s name, %2: what the wizard works on (&quot;the space “Board”&quot;, &quot;3 spaces&quot;)</extracomment>
        <translation>« %1 » pour %2.</translation>
    </message>
    <message>
        <source>Each space keeps its own URI and call ID. The hosts&apos; URI and call ID must differ from one space to the next, so they are made from each space&apos;s own with the suffix you type (“board” becomes “board.host”); leave a suffix empty to set no such value.</source>
        <translation>Chaque espace garde son propre URI et son propre ID d&apos;appel. L&apos;URI et l&apos;ID d&apos;appel des hôtes doivent différer d&apos;un espace à l&apos;autre : ils sont donc formés à partir de ceux de chaque espace et du suffixe que vous saisissez (« board » devient « board.host ») ; laissez un suffixe vide pour ne définir aucune valeur de ce type.</translation>
    </message>
    <message>
        <source>The new space is created with these values.</source>
        <translation>Le nouvel espace est créé avec ces valeurs.</translation>
    </message>
    <message>
        <source>Leave the guests&apos; URI and call ID empty to keep those the space has.</source>
        <translation>Laissez l&apos;URI et l&apos;ID d&apos;appel des invités vides pour garder ceux de l&apos;espace.</translation>
    </message>
    <message>
        <source>Space &amp;name</source>
        <translation>&amp;Nom de l&apos;espace</translation>
    </message>
    <message>
        <source>&amp;Guests&apos; URI</source>
        <translation>URI des &amp;invités</translation>
    </message>
    <message>
        <source>Guests&apos; &amp;call ID</source>
        <translation>ID d&apos;&amp;appel des invités</translation>
    </message>
    <message>
        <source>&amp;Hosts&apos; URI: each space&apos;s URI followed by</source>
        <translation>URI des &amp;hôtes : URI de chaque espace suivi de</translation>
    </message>
    <message>
        <source>&amp;Hosts&apos; URI</source>
        <translation>URI des &amp;hôtes</translation>
    </message>
    <message>
        <source>Hosts&apos; call &amp;ID: each space&apos;s call ID followed by</source>
        <translation>I&amp;D d&apos;appel des hôtes : ID d&apos;appel de chaque espace suivi de</translation>
    </message>
    <message>
        <source>Hosts&apos; call &amp;ID</source>
        <translation>I&amp;D d&apos;appel des hôtes</translation>
    </message>
    <message>
        <source>G&amp;uest PIN</source>
        <translation>Code PIN in&amp;vité</translation>
    </message>
    <message>
        <source>Host &amp;PIN</source>
        <translation>Code &amp;PIN hôte</translation>
    </message>
    <message>
        <source>Guests enter the empty PIN &amp;by</source>
        <translation>Les invités saisissent le code PIN vide &amp;en</translation>
    </message>
    <message>
        <source>Silence that counts as an empty PIN</source>
        <translation>Silence qui vaut un code PIN vide</translation>
    </message>
    <message>
        <source>Host &amp;user</source>
        <translation>&amp;Utilisateur hôte</translation>
    </message>
    <message>
        <source>When the last host &amp;leaves</source>
        <translation>Quand le dernier hôte &amp;part</translation>
    </message>
    <message>
        <source>Space name</source>
        <translation>Nom de l&apos;espace</translation>
    </message>
    <message>
        <source>Guests&apos; URI</source>
        <translation>URI des invités</translation>
    </message>
    <message>
        <source>Guests&apos; call ID</source>
        <translation>ID d&apos;appel des invités</translation>
    </message>
    <message>
        <source>Suffix of the hosts&apos; URI</source>
        <translation>Suffixe de l&apos;URI des hôtes</translation>
    </message>
    <message>
        <source>Hosts&apos; URI</source>
        <translation>URI des hôtes</translation>
    </message>
    <message>
        <source>Suffix of the hosts&apos; call ID</source>
        <translation>Suffixe de l&apos;ID d&apos;appel des hôtes</translation>
    </message>
    <message>
        <source>Hosts&apos; call ID</source>
        <translation>ID d&apos;appel des hôtes</translation>
    </message>
    <message>
        <source>Guest PIN</source>
        <translation>Code PIN invité</translation>
    </message>
    <message>
        <source>Host PIN</source>
        <translation>Code PIN hôte</translation>
    </message>
    <message>
        <source>How guests enter the empty PIN</source>
        <translation>Comment les invités saisissent le code PIN vide</translation>
    </message>
    <message>
        <source>Host user</source>
        <translation>Utilisateur hôte</translation>
    </message>
    <message>
        <source>When the last host leaves</source>
        <translation>Quand le dernier hôte part</translation>
    </message>
    <message>
        <source>The space has none</source>
        <extracomment>Placeholder of an empty field: the space has no such value, and none is set</extracomment>
        <translation>L&apos;espace n&apos;en a pas</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <extracomment>Placeholder of an empty field: %1 is the value the space keeps</extracomment>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>For example .host</source>
        <translation>Par exemple .host</translation>
    </message>
    <message>
        <source>Type a name or an address</source>
        <translation>Saisissez un nom ou une adresse</translation>
    </message>
    <message>
        <source>Pressing # (they are asked)</source>
        <translation>appuyant sur # (ils y sont invités)</translation>
    </message>
    <message>
        <source>Waiting in silence</source>
        <translation>attendant en silence</translation>
    </message>
    <message>
        <source>The guests go back to the lobby</source>
        <translation>Les invités retournent en salle d&apos;attente</translation>
    </message>
    <message>
        <source>The guests are disconnected</source>
        <translation>Les invités sont déconnectés</translation>
    </message>
    <message>
        <source>The meeting goes on with the guests</source>
        <translation>La réunion continue avec les invités</translation>
    </message>
</context>
<context>
    <name>views::GuestHostPatternDiagram</name>
    <message>
        <source>Dials the space&apos;s URI or call ID</source>
        <translation>Compose l&apos;URI ou l&apos;ID d&apos;appel de l&apos;espace</translation>
    </message>
    <message>
        <source>Dials the space&apos;s URI, enters the guest PIN</source>
        <translation>Compose l&apos;URI de l&apos;espace, saisit le code PIN invité</translation>
    </message>
    <message>
        <source>Dials the space&apos;s URI, no PIN (# or silence)</source>
        <translation>Compose l&apos;URI de l&apos;espace, sans code PIN (# ou silence)</translation>
    </message>
    <message>
        <source>Dials the hosts&apos; own URI or call ID</source>
        <translation>Compose l&apos;URI ou l&apos;ID d&apos;appel propre aux hôtes</translation>
    </message>
    <message>
        <source>Dials the same URI, enters the host PIN</source>
        <translation>Compose le même URI, saisit le code PIN hôte</translation>
    </message>
    <message>
        <source>Signs in to the web app as a member</source>
        <translation>Se connecte à l&apos;application web en tant que membre</translation>
    </message>
    <message>
        <source>Guest: %1; waits in the lobby. Host: %2; goes straight into the meeting and lets the guests in.</source>
        <extracomment>Accessible description of a diagram. %1: what the guest does, %2: what the host does</extracomment>
        <translation>Invité : %1 ; attend en salle d&apos;attente. Hôte : %2 ; entre directement dans la réunion et fait entrer les invités.</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <extracomment>Accessible name of a diagram; %1: the pattern&apos;s name</extracomment>
        <translation>Schéma : %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Lobby: waits for a host</source>
        <translation>Salle d&apos;attente : attend un hôte</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
</context>
<context>
    <name>views::GuestHostPatternPage</name>
    <message>
        <source>SIP and the web app. Hosts get a URI and call ID of their own, so no PIN is needed to tell them apart; guests may still have a PIN. Choose it when hosts can be given another address.</source>
        <translation>SIP et application web. Les hôtes ont un URI et un ID d&apos;appel qui leur sont propres : aucun code PIN n&apos;est nécessaire pour les distinguer ; les invités peuvent tout de même avoir un code PIN. À choisir quand les hôtes peuvent recevoir une autre adresse.</translation>
    </message>
    <message>
        <source>SIP and the web app. Everybody dials the same URI; the PIN entered says who is a host. Choose it when guests have a PIN anyway.</source>
        <translation>SIP et application web. Tout le monde compose le même URI ; le code PIN saisi indique qui est hôte. À choisir quand les invités ont de toute façon un code PIN.</translation>
    </message>
    <message>
        <source>SIP callers only: web app joins are not affected. Guests enter no PIN (they press # or wait), hosts enter theirs. Choose it when guests must get in without a PIN.</source>
        <translation>Appelants SIP uniquement : l&apos;application web n&apos;est pas concernée. Les invités ne saisissent aucun code PIN (ils appuient sur # ou attendent), les hôtes saisissent le leur. À choisir quand les invités doivent entrer sans code PIN.</translation>
    </message>
    <message>
        <source>The web app. The host signs in as a member of the space and owns it; guests dial its URI. Choose it when the host has a user account; a host PIN for SIP is optional.</source>
        <translation>Application web. L&apos;hôte se connecte en tant que membre de l&apos;espace, dont il est propriétaire ; les invités composent son URI. À choisir quand l&apos;hôte a un compte utilisateur ; un code PIN hôte pour SIP est facultatif.</translation>
    </message>
    <message>
        <source>Choose a Pattern</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>How guests and hosts reach %1: guests wait in the lobby until a host joins.</source>
        <extracomment>%1: what the wizard works on (&quot;the space “Board”&quot;, &quot;3 spaces&quot;, &quot;a new space&quot;)</extracomment>
        <translation>Comment les invités et les hôtes rejoignent %1 : les invités attendent en salle d&apos;attente jusqu&apos;à l&apos;arrivée d&apos;un hôte.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>A pattern&apos;s radio button: %1 its number (the mnemonic), %2 its name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>views::GuestHostPlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These are the steps, in order, with the exact values sent; PINs are shown as •••.</source>
        <translation>Rien n&apos;a encore été modifié. Voici les étapes, dans l&apos;ordre, avec les valeurs exactes envoyées ; les codes PIN sont affichés sous la forme •••.</translation>
    </message>
    <message>
        <source>Each space is planned again just before it is changed, so a profile created for the first space is reused by the next ones rather than created again. A space that fails does not stop the others.</source>
        <translation>Chaque espace est planifié de nouveau juste avant d&apos;être modifié : un profil créé pour le premier espace est donc réutilisé par les suivants au lieu d&apos;être recréé. Un espace en échec n&apos;arrête pas les autres.</translation>
    </message>
    <message>
        <source>If a step fails, every step done before it is undone, in reverse order.</source>
        <translation>Si une étape échoue, toutes les étapes effectuées avant elle sont annulées, dans l&apos;ordre inverse.</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Étapes prévues</translation>
    </message>
    <message>
        <source>Outcome of the plan</source>
        <translation>Résultat de la planification</translation>
    </message>
    <message>
        <source>What is reused, then each API step in order; nothing is sent until you choose Apply</source>
        <translation>Ce qui est réutilisé, puis chaque étape d&apos;API dans l&apos;ordre ; rien n&apos;est envoyé avant que vous ne choisissiez Appliquer</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>Lecture du cluster…</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>Le cluster n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Planning space %1 of %2: %3…</source>
        <translation>Planification de l&apos;espace %1 sur %2 : %3…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à modifier</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A space in the plan: %1 its name, %2 what is planned (&quot;3 steps&quot;, &quot;nothing to change&quot;, &quot;refused&quot;)</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A planned step: %1 its number, %2 the step</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This space is already set up this way: nothing needs changing.</source>
        <translation>Cet espace est déjà configuré ainsi : rien à modifier.</translation>
    </message>
    <message>
        <source>The console will not make these changes: the reasons are listed above. Go back to change the details.</source>
        <translation>La console n&apos;effectuera pas ces modifications : les raisons sont indiquées ci-dessus. Revenez en arrière pour modifier les détails.</translation>
    </message>
    <message>
        <source>Nothing needs changing. Next reads the space back to verify it.</source>
        <translation>Rien à modifier. Suivant relit l&apos;espace pour le vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>Apply carries out these %Ln step(s).</source>
        <translation>
            <numerusform>Appliquer effectue cette étape.</numerusform>
            <numerusform>Appliquer effectue ces %Ln étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>To change: %1. Already right: %2. Refused: %3.</source>
        <extracomment>%1, %2, %3: numbers of spaces (each &quot;N space(s)&quot;)</extracomment>
        <translation>À modifier : %1. Déjà conformes : %2. Refusés : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln espace</numerusform>
            <numerusform>%Ln espaces</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>views::GuestHostRunPage</name>
    <message>
        <source>Applying</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>One space after the other; each gets its own result.</source>
        <translation>Un espace après l&apos;autre ; chacun a son propre résultat.</translation>
    </message>
    <message>
        <source>Each step is sent, then read back.</source>
        <translation>Chaque étape est envoyée, puis relue.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Result per space</source>
        <translation>Résultat par espace</translation>
    </message>
    <message>
        <source>Steps and their results</source>
        <translation>Étapes et leurs résultats</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Outcome of the changes</source>
        <translation>Résultat des modifications</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <extracomment>%1: the step being undone</extracomment>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source>Under way…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <extracomment>%1: the space&apos;s name, %2: step number, %3: number of steps, %4: the step</extracomment>
        <translation>%1, étape %2 sur %3 : %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Rien à modifier</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Failed, undone</source>
        <translation>Échec, annulé</translation>
    </message>
    <message>
        <source>Failed, not all undone</source>
        <translation>Échec, annulation incomplète</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Done, see below</source>
        <translation>Effectué, voir ci-dessous</translation>
    </message>
    <message>
        <source>Set up: %1. Already right: %2. Not set up: %3.</source>
        <extracomment>%1, %2, %3: numbers of spaces (each &quot;N space(s)&quot;)</extracomment>
        <translation>Configurés : %1. Déjà conformes : %2. Non configurés : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln espace</numerusform>
            <numerusform>%Ln espaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: every step was carried out and read back. Next reads the space again to verify it.</source>
        <translation>Terminé : chaque étape a été effectuée et relue. Suivant relit l&apos;espace pour le vérifier.</translation>
    </message>
    <message>
        <source>Nothing needed changing.</source>
        <translation>Rien n&apos;avait besoin d&apos;être modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <extracomment>%1: why</extracomment>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>Stopping at the next step; what was done is undone…</source>
        <translation>Arrêt à la prochaine étape ; ce qui a été fait est annulé…</translation>
    </message>
</context>
<context>
    <name>views::GuestHostVerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Read back from the cluster: what a guest and the host now get.</source>
        <translation>Relu depuis le cluster : ce qu&apos;obtiennent désormais un invité et l&apos;hôte.</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expectations and whether they are met</source>
        <translation>Attendus et s&apos;ils sont satisfaits</translation>
    </message>
    <message>
        <source>Outcome of the read-back</source>
        <translation>Résultat de la relecture</translation>
    </message>
    <message>
        <source>Reading back %1…</source>
        <extracomment>%1: the space&apos;s name</extracomment>
        <translation>Relecture de %1…</translation>
    </message>
    <message>
        <source>The space could not be read back: %1</source>
        <extracomment>%1: why the space could not be read back</extracomment>
        <translation>L&apos;espace n&apos;a pas pu être relu : %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non satisfait</translation>
    </message>
    <message>
        <source>No space was set up: nothing to read back.</source>
        <translation>Aucun espace n&apos;a été configuré : rien à relire.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln expectation(s) met.</source>
        <translation>
            <numerusform>L&apos;attendu est satisfait.</numerusform>
            <numerusform>Les %Ln attendus sont tous satisfaits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expectation(s) not met: see the rows marked above.</source>
        <translation>
            <numerusform>%Ln attendu non satisfait : voir les lignes signalées ci-dessus.</numerusform>
            <numerusform>%Ln attendus non satisfaits : voir les lignes signalées ci-dessus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GuestHostWizard</name>
    <message>
        <source>a new space</source>
        <translation>un nouvel espace</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln espace</numerusform>
            <numerusform>%Ln espaces</numerusform>
        </translation>
    </message>
    <message>
        <source>the space “%1”</source>
        <extracomment>%1: the space&apos;s name</extracomment>
        <translation>l&apos;espace « %1 »</translation>
    </message>
    <message>
        <source>Guest and Host Access</source>
        <translation>Accès invités et hôtes</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>views::LivePane</name>
    <message>
        <source>Find a person or a meeting by name, address or user (%1)</source>
        <translation>Trouver une personne ou une réunion par nom, adresse ou utilisateur (%1)</translation>
    </message>
    <message>
        <source>Search calls and participants</source>
        <translation>Rechercher des appels et des participants</translation>
    </message>
    <message>
        <source>Shows the meetings and the participants whose name, address or user contain every word typed</source>
        <translation>Affiche les réunions et les participants dont le nom, l&apos;adresse ou l&apos;utilisateur contient chaque mot saisi</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Appels</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Every meeting of the cluster; a meeting that runs on several call bridges lists its calls under it. Drop participants on a meeting to move them there.</source>
        <translation>Toutes les réunions du cluster ; une réunion répartie sur plusieurs ponts d&apos;appel affiche ses appels en dessous. Déposez des participants sur une réunion pour les y déplacer.</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The participants of the chosen meetings, or of every meeting when none is chosen. Drag them onto a meeting, or use Move To, to move them.</source>
        <translation>Les participants des réunions choisies, ou de toutes les réunions si aucune n&apos;est choisie. Faites-les glisser sur une réunion, ou utilisez Déplacer vers, pour les déplacer.</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Move the selected participants into another meeting (%1)</source>
        <translation>Déplacer les participants sélectionnés vers une autre réunion (%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Déplacer vers</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln participant(s) into the meeting:</source>
        <translation>
            <numerusform>Déplacer %Ln participant dans la réunion :</numerusform>
            <numerusform>Déplacer %Ln participants dans la réunion :</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Participants</source>
        <translation>Déplacer des participants</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln participant(s) into «%1»?</source>
        <translation>
            <numerusform>Déplacer %Ln participant vers « %1 » ?</numerusform>
            <numerusform>Déplacer %Ln participants vers « %1 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) moved into «%1».</source>
        <translation>
            <numerusform>%Ln participant déplacé vers « %1 ».</numerusform>
            <numerusform>%Ln participants déplacés vers « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be moved.</source>
        <translation>
            <numerusform>%Ln participant sur %1 n&apos;a pas pu être déplacé.</numerusform>
            <numerusform>%Ln participants sur %1 n&apos;ont pas pu être déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving %1 into «%2»…</source>
        <translation>Déplacement de %1 vers « %2 »…</translation>
    </message>
    <message>
        <source>%1 moved into «%2».</source>
        <translation>%1 : déplacé vers « %2 ».</translation>
    </message>
    <message>
        <source>%1 was not moved into «%2»: %3</source>
        <translation>%1 : non déplacé vers « %2 » : %3</translation>
    </message>
    <message>
        <source>Mute or Unmute &amp;Audio</source>
        <translation>Couper ou rétablir l&apos;&amp;audio</translation>
    </message>
    <message>
        <source>Mute the selected participants&apos; audio, or unmute it when all are muted</source>
        <translation>Couper l&apos;audio des participants sélectionnés, ou le rétablir s&apos;il est coupé pour tous</translation>
    </message>
    <message>
        <source>Stop or Start &amp;Video</source>
        <translation>Arrêter ou reprendre la &amp;vidéo</translation>
    </message>
    <message>
        <source>Stop the selected participants&apos; video, or start it again when all are stopped</source>
        <translation>Arrêter la vidéo des participants sélectionnés, ou la reprendre si elle est arrêtée pour tous</translation>
    </message>
    <message>
        <source>&amp;Let In from the Lobby</source>
        <translation>&amp;Faire entrer depuis la salle d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>Dé&amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;End Meeting…</source>
        <translation>&amp;Terminer la réunion…</translation>
    </message>
    <message>
        <source>Video of %1 stopped.</source>
        <translation>Vidéo de %1 arrêtée.</translation>
    </message>
    <message>
        <source>Video of %1 started again.</source>
        <translation>Vidéo de %1 reprise.</translation>
    </message>
    <message>
        <source>%1 muted.</source>
        <translation>%1 : audio coupé.</translation>
    </message>
    <message>
        <source>%1 unmuted.</source>
        <translation>%1 : audio rétabli.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Changing video…</source>
        <translation>Modification de la vidéo…</translation>
    </message>
    <message>
        <source>Changing audio…</source>
        <translation>Modification de l&apos;audio…</translation>
    </message>
    <message numerus="yes">
        <source>Done for %Ln participant(s).</source>
        <translation>
            <numerusform>Fait pour %Ln participant.</numerusform>
            <numerusform>Fait pour %Ln participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln participant sur %1 n&apos;a pas pu être modifié.</numerusform>
            <numerusform>%Ln participants sur %1 n&apos;ont pas pu être modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 let in from the lobby.</source>
        <translation>%1 : entré depuis la salle d&apos;attente.</translation>
    </message>
    <message>
        <source>Letting participants in…</source>
        <translation>Entrée des participants…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) let in.</source>
        <translation>
            <numerusform>%Ln participant est entré.</numerusform>
            <numerusform>%Ln participants sont entrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be let in.</source>
        <translation>
            <numerusform>%Ln participant sur %1 n&apos;a pas pu entrer.</numerusform>
            <numerusform>%Ln participants sur %1 n&apos;ont pas pu entrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 : déconnecté.</translation>
    </message>
    <message>
        <source>Disconnect Participants</source>
        <translation>Déconnecter des participants</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %Ln participant(s)?</source>
        <translation>
            <numerusform>Déconnecter %Ln participant ?</numerusform>
            <numerusform>Déconnecter %Ln participants ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Dé&amp;connecter</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) disconnected.</source>
        <translation>
            <numerusform>%Ln participant déconnecté.</numerusform>
            <numerusform>%Ln participants déconnectés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be disconnected.</source>
        <translation>
            <numerusform>%Ln participant sur %1 n&apos;a pas pu être déconnecté.</numerusform>
            <numerusform>%Ln participants sur %1 n&apos;ont pas pu être déconnectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting «%1» ended.</source>
        <translation>Réunion « %1 » terminée.</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>End Meetings</source>
        <translation>Terminer des réunions</translation>
    </message>
    <message numerus="yes">
        <source>End %Ln meeting(s)? Everyone in them is disconnected.</source>
        <translation>
            <numerusform>Terminer %Ln réunion ? Tous ses participants seront déconnectés.</numerusform>
            <numerusform>Terminer %Ln réunions ? Tous leurs participants seront déconnectés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln participant(s) in all.</source>
        <translation>
            <numerusform>%1 — %Ln participant en tout.</numerusform>
            <numerusform>%1 — %Ln participants en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>Fin en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) ended.</source>
        <translation>
            <numerusform>%Ln réunion terminée.</numerusform>
            <numerusform>%Ln réunions terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 meeting(s) could not be ended.</source>
        <translation>
            <numerusform>%Ln réunion sur %1 n&apos;a pas pu être terminée.</numerusform>
            <numerusform>%Ln réunions sur %1 n&apos;ont pas pu être terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dial &amp;Out…</source>
        <translation>Appeler un &amp;participant…</translation>
    </message>
    <message>
        <source>Call someone into the selected meeting (%1)</source>
        <translation>Faire entrer quelqu&apos;un dans la réunion sélectionnée par un appel (%1)</translation>
    </message>
    <message>
        <source>&amp;Start Meeting…</source>
        <translation>&amp;Lancer une réunion…</translation>
    </message>
    <message>
        <source>Start the meeting of a space on a call bridge (%1)</source>
        <translation>Lancer la réunion d&apos;un espace sur un pont d&apos;appel (%1)</translation>
    </message>
    <message>
        <source>Live actions</source>
        <translation>Actions en direct</translation>
    </message>
    <message>
        <source>%1 dialled from «%2».</source>
        <translation>Appel de %1 depuis « %2 ».</translation>
    </message>
    <message>
        <source>%1 could not be dialled from «%2»: %3</source>
        <translation>Impossible d&apos;appeler %1 depuis « %2 » : %3</translation>
    </message>
    <message>
        <source>Dialling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <source>%1 is being called.</source>
        <translation>%1 est en cours d&apos;appel.</translation>
    </message>
    <message>
        <source>%1 could not be called.</source>
        <translation>Impossible d&apos;appeler %1.</translation>
    </message>
    <message>
        <source>Meeting of «%1» started.</source>
        <translation>Réunion de « %1 » lancée.</translation>
    </message>
    <message>
        <source>The meeting of «%1» did not start: %2</source>
        <translation>La réunion de « %1 » n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>Starting the meeting of «%1»…</source>
        <translation>Lancement de la réunion de « %1 »…</translation>
    </message>
    <message>
        <source>The meeting of «%1» did not start.</source>
        <translation>La réunion de « %1 » n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>More live actions</source>
        <translation>Autres actions en direct</translation>
    </message>
</context>
<context>
    <name>views::LiveSection</name>
    <message>
        <source>Live</source>
        <extracomment>The section of live calls and participants</extracomment>
        <translation>En direct</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <extracomment>View menu: show the Live section; also the title of the Live menu</extracomment>
        <translation>&amp;En direct</translation>
    </message>
</context>
<context>
    <name>views::MainWindow</name>
    <message>
        <source>CMS Console</source>
        <translation>CMS Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;Ajouter un cluster…</translation>
    </message>
    <message>
        <source>Connect to another cluster by the address of one of its call bridges.</source>
        <translation>Se connecter à un autre cluster à l&apos;aide de l&apos;adresse de l&apos;un de ses ponts d&apos;appel.</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>&amp;Modifier le cluster…</translation>
    </message>
    <message>
        <source>&amp;Failover Settings…</source>
        <translation>Paramètres de &amp;basculement…</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster…</source>
        <translation>&amp;Retirer le cluster…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About CMS Console</source>
        <translation>À &amp;propos de CMS Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>C&amp;lusters</source>
        <translation>C&amp;lusters</translation>
    </message>
    <message>
        <source>No cluster yet</source>
        <translation>Aucun cluster pour le moment</translation>
    </message>
    <message>
        <source>Add a cluster by the address of one of its call bridges. To try the console first, start it with --demo: it then runs a simulated cluster of its own.</source>
        <translation>Ajoutez un cluster à l&apos;aide de l&apos;adresse de l&apos;un de ses ponts d&apos;appel. Pour essayer d&apos;abord la console, lancez-la avec --demo&#xa0;: elle exécute alors son propre cluster simulé.</translation>
    </message>
    <message>
        <source>Add a Cluster…</source>
        <translation>Ajouter un cluster…</translation>
    </message>
    <message>
        <source>The certificate of %1 is now trusted for that bridge only.</source>
        <translation>Le certificat présenté par %1 est désormais approuvé pour ce pont d&apos;appel uniquement.</translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>Retirer le cluster</translation>
    </message>
    <message>
        <source>Remove the cluster &quot;%1&quot; from the console?</source>
        <translation>Retirer le cluster «&#xa0;%1&#xa0;» de la console&#xa0;?</translation>
    </message>
    <message>
        <source>Its settings and the passwords stored for it in the system keychain are deleted. Nothing changes on the cluster itself.</source>
        <translation>Ses paramètres et les mots de passe enregistrés pour lui dans le trousseau système sont supprimés. Rien ne change sur le cluster lui-même.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>About CMS Console</source>
        <translation>À propos de CMS Console</translation>
    </message>
    <message>
        <source>CMS Console %1</source>
        <translation>CMS Console %1</translation>
    </message>
    <message>
        <source>A console for administering and operating Cisco Meeting Server clusters through their REST API.</source>
        <translation>Une console pour administrer et exploiter des clusters Cisco Meeting Server via leur API REST.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Every cluster with its call bridges; the one chosen is the current cluster</source>
        <translation>Chaque cluster avec ses ponts d&apos;appel&#xa0;; celui qui est choisi est le cluster courant</translation>
    </message>
</context>
<context>
    <name>views::MeetingDialog</name>
    <message>
        <source>• %1</source>
        <extracomment>An item of a list inside the outcome of a meeting&apos;s run</extracomment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Start Meeting</source>
        <translation>Lancer une réunion</translation>
    </message>
    <message>
        <source>Start a meeting in the space «%1». The space gets the meeting&apos;s name and passcode, lets non-members in and gets a new secret; the call starts on one call bridge, which then dials the addresses below.</source>
        <translation>Lancer une réunion dans l&apos;espace «&#xa0;%1&#xa0;». L&apos;espace prend le nom et le code d&apos;accès de la réunion, accepte les non-membres et reçoit un nouveau secret&#xa0;; l&apos;appel démarre sur un pont d&apos;appel, qui appelle ensuite les adresses ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Start Meeting</source>
        <translation>&amp;Démarrer la réunion</translation>
    </message>
    <message>
        <source>Extend Meeting</source>
        <translation>Prolonger la réunion</translation>
    </message>
    <message>
        <source>Extend the meeting in «%1»: once its call is found still running, its name, passcode and non-member access are sent again. A field left blank keeps what the space has now.</source>
        <translation>Prolonger la réunion de «&#xa0;%1&#xa0;»&#xa0;: une fois son appel trouvé toujours en cours, son nom, son code d&apos;accès et l&apos;accès des non-membres sont renvoyés. Un champ laissé vide garde la valeur actuelle de l&apos;espace.</translation>
    </message>
    <message>
        <source>&amp;Extend Meeting</source>
        <translation>&amp;Prolonger la réunion</translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation>Terminer la réunion</translation>
    </message>
    <message>
        <source>End the meeting in «%1»: the space gets its placeholder name back, loses its passcode and non-member access, and gets a new secret so that links to the meeting stop working; then the call ends for everyone in it.</source>
        <translation>Terminer la réunion de «&#xa0;%1&#xa0;»&#xa0;: l&apos;espace reprend son nom d&apos;espace réservé, perd son code d&apos;accès et l&apos;accès des non-membres, et reçoit un nouveau secret pour que les liens vers la réunion cessent de fonctionner&#xa0;; puis l&apos;appel prend fin pour tous ses participants.</translation>
    </message>
    <message>
        <source>&amp;End Meeting</source>
        <translation>&amp;Terminer la réunion</translation>
    </message>
    <message>
        <source>Notes on the plan</source>
        <translation>Remarques sur le plan</translation>
    </message>
    <message>
        <source>Steps of the meeting&apos;s change</source>
        <translation>Étapes de la modification de la réunion</translation>
    </message>
    <message>
        <source>The API steps sent, in order, with their values (passcodes masked); nothing is sent until you choose to run them</source>
        <translation>Les étapes d&apos;API envoyées, dans l&apos;ordre, avec leurs valeurs (codes d&apos;accès masqués)&#xa0;; rien n&apos;est envoyé avant que vous choisissiez de les exécuter</translation>
    </message>
    <message>
        <source>Calls to the addresses:</source>
        <translation>Appels vers les adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Calls to the addresses</source>
        <translation>Appels vers les adresses</translation>
    </message>
    <message>
        <source>One row per address dialled: the address, the state of its call, and what the call bridge reported</source>
        <translation>Une ligne par adresse appelée&#xa0;: l&apos;adresse, l&apos;état de son appel et ce que le pont d&apos;appel a signalé</translation>
    </message>
    <message>
        <source>Progress of the meeting&apos;s change</source>
        <translation>Progression de la modification de la réunion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome of the meeting&apos;s change</source>
        <translation>Résultat de la modification de la réunion</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>Show the steps that would be sent, before anything is changed</source>
        <translation>Afficher les étapes qui seraient envoyées, avant toute modification</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation>Nom de la réunion</translation>
    </message>
    <message>
        <source>The name the space shows while the meeting runs</source>
        <translation>Le nom que l&apos;espace affiche pendant la réunion</translation>
    </message>
    <message>
        <source>Meeting &amp;name:</source>
        <translation>&amp;Nom de la réunion&#xa0;:</translation>
    </message>
    <message>
        <source>The passcode people type to join; leave it blank for none</source>
        <translation>Le code d&apos;accès à saisir pour rejoindre&#xa0;; laissez vide pour aucun</translation>
    </message>
    <message>
        <source>The active call bridge (%1), or another that answers</source>
        <extracomment>The call bridge the console chooses: the one it talks to (%1), or, when that one is silent, one that answers</extracomment>
        <translation>Le pont d&apos;appel actif (%1), ou un autre qui répond</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>Pont d&apos;appel</translation>
    </message>
    <message>
        <source>The call bridge that holds the meeting&apos;s call and dials the addresses; a running meeting stays on it</source>
        <translation>Le pont d&apos;appel qui porte l&apos;appel de la réunion et appelle les adresses&#xa0;; une réunion en cours y reste</translation>
    </message>
    <message>
        <source>Call &amp;bridge:</source>
        <translation>&amp;Pont d&apos;appel :</translation>
    </message>
    <message>
        <source>One address per line: alice@example.com, room7.example.com, +33 1 23 45 67 89</source>
        <translation>Une adresse par ligne&#xa0;: alice@example.com, room7.example.com, +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Addresses to dial</source>
        <translation>Adresses à appeler</translation>
    </message>
    <message>
        <source>One address per line, or separated by commas or semicolons: a URI, an endpoint&apos;s domain name or IP address, or a telephone number</source>
        <translation>Une adresse par ligne, ou séparées par des virgules ou des points-virgules&#xa0;: un URI, le nom de domaine ou l&apos;adresse IP d&apos;un terminal, ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Addresses to dial:</source>
        <translation>&amp;Adresses à appeler&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses that cannot be dialled</source>
        <translation>Adresses impossibles à appeler</translation>
    </message>
    <message>
        <source>Load from &amp;File…</source>
        <translation>Charger depuis un f&amp;ichier…</translation>
    </message>
    <message>
        <source>Replace the addresses with those of a text file</source>
        <translation>Remplacer les adresses par celles d&apos;un fichier texte</translation>
    </message>
    <message>
        <source>Saved address list</source>
        <translation>Liste d&apos;adresses enregistrée</translation>
    </message>
    <message>
        <source>Lists of addresses saved in the console, for every cluster</source>
        <translation>Listes d&apos;adresses enregistrées dans la console, pour tous les clusters</translation>
    </message>
    <message>
        <source>Saved l&amp;ist:</source>
        <translation>&amp;Liste enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;oad List</source>
        <translation>Charger la lis&amp;te</translation>
    </message>
    <message>
        <source>Replace the addresses with the saved list chosen</source>
        <translation>Remplacer les adresses par la liste enregistrée choisie</translation>
    </message>
    <message>
        <source>Sa&amp;ve List…</source>
        <translation>&amp;Enregistrer la liste…</translation>
    </message>
    <message>
        <source>Save the addresses under a name, for later meetings</source>
        <translation>Enregistrer les adresses sous un nom, pour de prochaines réunions</translation>
    </message>
    <message>
        <source>&amp;Delete List</source>
        <translation>&amp;Supprimer la liste</translation>
    </message>
    <message>
        <source>Delete the saved list chosen</source>
        <translation>Supprimer la liste enregistrée choisie</translation>
    </message>
    <message>
        <source>Blank: the name it has</source>
        <translation>Vide&#xa0;: le nom actuel</translation>
    </message>
    <message>
        <source>The meeting&apos;s name, sent again; blank keeps the name the space has</source>
        <translation>Le nom de la réunion, renvoyé&#xa0;; vide, l&apos;espace garde son nom actuel</translation>
    </message>
    <message>
        <source>The meeting&apos;s passcode, sent again; blank keeps the passcode the space has</source>
        <translation>Le code d&apos;accès de la réunion, renvoyé&#xa0;; vide, l&apos;espace garde son code actuel</translation>
    </message>
    <message>
        <source>Blank: the passcode it has</source>
        <translation>Vide&#xa0;: le code actuel</translation>
    </message>
    <message>
        <source>The name its pool gives it</source>
        <translation>Le nom que lui donne son pool</translation>
    </message>
    <message>
        <source>Placeholder name</source>
        <translation>Nom de l&apos;espace réservé</translation>
    </message>
    <message>
        <source>The name the space gets back once the meeting ends; by default the one its placeholder pool gives it</source>
        <translation>Le nom que l&apos;espace reprend à la fin de la réunion&#xa0;; par défaut, celui que lui donne son pool d&apos;espaces réservés</translation>
    </message>
    <message>
        <source>Placeholder &amp;name:</source>
        <translation>&amp;Nom de l&apos;espace réservé&#xa0;:</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Show the passcode</source>
        <translation>Afficher le code d&apos;accès</translation>
    </message>
    <message>
        <source>Shows the passcode typed instead of dots</source>
        <translation>Affiche le code d&apos;accès saisi au lieu de points</translation>
    </message>
    <message>
        <source>&amp;Passcode:</source>
        <translation>&amp;Code d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Wait until the run ends: the dialog closes once nothing is half done.</source>
        <translation>Attendez la fin de l&apos;exécution&#xa0;: la fenêtre se ferme quand plus rien n&apos;est à moitié fait.</translation>
    </message>
    <message>
        <source>A meeting needs a name.</source>
        <translation>Une réunion a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>An address cannot be dialled: correct it or remove it first.</source>
        <translation>Une adresse ne peut pas être appelée&#xa0;: corrigez-la ou supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Reading the space and the meetings of every call bridge…</source>
        <translation>Lecture de l&apos;espace et des réunions de chaque pont d&apos;appel…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1: step number, %2: the step with its values</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These steps would be sent, in order; if one fails, the steps before it are undone:</source>
        <translation>Rien n&apos;a encore été modifié. Ces étapes seraient envoyées dans l&apos;ordre&#xa0;; si l&apos;une échoue, les précédentes sont annulées&#xa0;:</translation>
    </message>
    <message>
        <source>The steps sent, in order:</source>
        <translation>Les étapes envoyées, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Done: the meeting runs on %1, and %n address(es) were dialled.</source>
        <translation>
            <numerusform>Terminé&#xa0;: la réunion se déroule sur %1 et %n adresse a été appelée.</numerusform>
            <numerusform>Terminé&#xa0;: la réunion se déroule sur %1 et %n adresses ont été appelées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the meeting is extended; it still runs on %1.</source>
        <translation>Terminé&#xa0;: la réunion est prolongée&#xa0;; elle se déroule toujours sur %1.</translation>
    </message>
    <message>
        <source>Done: the meeting has ended and the space is a placeholder again, with a new secret.</source>
        <translation>Terminé&#xa0;: la réunion est terminée et l&apos;espace est de nouveau un espace réservé, avec un nouveau secret.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 failed: %3</source>
        <extracomment>%1: step number, %2: number of steps, %3: the step</extracomment>
        <translation>L&apos;étape %1 sur %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>The call bridge %1 does not answer: the meeting was not started on another call bridge, as CMS does not move running meetings.</source>
        <extracomment>%1: the call bridge</extracomment>
        <translation>Le pont d&apos;appel %1 ne répond pas&#xa0;: la réunion n&apos;a pas été lancée sur un autre pont d&apos;appel, car CMS ne déplace pas les réunions en cours.</translation>
    </message>
    <message>
        <source>Undone, last step first:</source>
        <translation>Annulé, en commençant par la dernière étape&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing is left changed: the space is as it was, and no call is left running.</source>
        <translation>Rien ne reste modifié&#xa0;: l&apos;espace est tel qu&apos;il était et aucun appel ne reste en cours.</translation>
    </message>
    <message>
        <source>Left changed on the cluster:</source>
        <translation>Reste modifié sur le cluster&#xa0;:</translation>
    </message>
    <message>
        <source>No list saved</source>
        <translation>Aucune liste enregistrée</translation>
    </message>
    <message>
        <source>Only a list whose addresses can all be dialled is saved.</source>
        <translation>Seule une liste dont toutes les adresses peuvent être appelées est enregistrée.</translation>
    </message>
    <message>
        <source>Save Address List</source>
        <translation>Enregistrer la liste d&apos;adresses</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nom de la liste&#xa0;:</translation>
    </message>
    <message>
        <source>The list “%1” is replaced.</source>
        <translation>La liste «&#xa0;%1&#xa0;» est remplacée.</translation>
    </message>
    <message>
        <source>The list “%1” is saved.</source>
        <translation>La liste «&#xa0;%1&#xa0;» est enregistrée.</translation>
    </message>
    <message>
        <source>The list “%1” is deleted.</source>
        <extracomment>The addresses typed stay: only the saved copy goes</extracomment>
        <translation>La liste «&#xa0;%1&#xa0;» est supprimée.</translation>
    </message>
    <message>
        <source>Load Addresses</source>
        <translation>Charger des adresses</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a list of addresses.</source>
        <translation>Le fichier est trop volumineux pour être une liste d&apos;adresses.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) read from the file.</source>
        <translation>
            <numerusform>%n adresse lue dans le fichier.</numerusform>
            <numerusform>%n adresses lues dans le fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::MeetingLegsModel</name>
    <message>
        <source>Dialled once the meeting&apos;s call runs.</source>
        <translation>Appelée dès que l&apos;appel de la réunion est en cours.</translation>
    </message>
    <message>
        <source>The call bridge is asked to dial %1.</source>
        <translation>Le pont d&apos;appel est invité à appeler %1.</translation>
    </message>
    <message>
        <source>Hung up again: the run was undone.</source>
        <translation>Raccroché&#xa0;: l&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>Not dialled: the run stopped before.</source>
        <translation>Non appelée&#xa0;: l&apos;exécution s&apos;est arrêtée avant.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>Non appelée</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Raccroché</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>views::MeetingsPane</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Meetings actions</source>
        <translation>Actions des réunions</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>Poo&amp;l :</translation>
    </message>
    <message>
        <source>Placeholder pool</source>
        <translation>Pool d&apos;espaces réservés</translation>
    </message>
    <message>
        <source>The cluster&apos;s placeholder pools, each by its name pattern and size; the table shows the chosen one&apos;s placeholders</source>
        <translation>Les pools d&apos;espaces réservés du cluster, chacun par son modèle de nom et sa taille ; le tableau montre les espaces réservés du pool choisi</translation>
    </message>
    <message>
        <source>Summary of the pool</source>
        <translation>Résumé du pool</translation>
    </message>
    <message>
        <source>Reading the pool</source>
        <translation>Lecture du pool</translation>
    </message>
    <message>
        <source>Call bridges not read</source>
        <translation>Ponts d&apos;appel non lus</translation>
    </message>
    <message>
        <source>Reading failed</source>
        <translation>Échec de la lecture</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Espaces réservés</translation>
    </message>
    <message>
        <source>Each placeholder of the chosen pool: its space, its state (free, in a meeting or inconsistent), the meeting&apos;s participants and call bridge, and its problems</source>
        <translation>Chaque espace réservé du pool choisi : son espace, son état (libre, en réunion ou incohérent), les participants et le pont d&apos;appel de la réunion, et ses problèmes</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <source>Details of the chosen placeholder</source>
        <translation>Détails de l&apos;espace réservé choisi</translation>
    </message>
    <message>
        <source>The chosen placeholder&apos;s state, and why it is inconsistent when it is</source>
        <translation>L&apos;état de l&apos;espace réservé choisi, et pourquoi il est incohérent s&apos;il l&apos;est</translation>
    </message>
    <message>
        <source>Choose a placeholder to see its state.</source>
        <translation>Choisissez un espace réservé pour voir son état.</translation>
    </message>
    <message>
        <source>&amp;New Pool…</source>
        <translation>&amp;Nouveau pool…</translation>
    </message>
    <message>
        <source>Create placeholder spaces in bulk, for a scheduler (%1)</source>
        <translation>Créer des espaces réservés en bloc, pour un planificateur (%1)</translation>
    </message>
    <message>
        <source>&amp;Grow Pool…</source>
        <translation>A&amp;grandir le pool…</translation>
    </message>
    <message>
        <source>Add placeholders after the chosen pool&apos;s last one</source>
        <translation>Ajouter des espaces réservés après le dernier du pool choisi</translation>
    </message>
    <message>
        <source>Re&amp;move Pool…</source>
        <translation>&amp;Supprimer le pool…</translation>
    </message>
    <message>
        <source>Delete every placeholder of the chosen pool</source>
        <translation>Supprimer tous les espaces réservés du pool choisi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Start Meeting…</source>
        <translation>&amp;Démarrer une réunion…</translation>
    </message>
    <message>
        <source>Start a meeting in the chosen free placeholder</source>
        <translation>Démarrer une réunion dans l&apos;espace réservé libre choisi</translation>
    </message>
    <message>
        <source>E&amp;xtend Meeting…</source>
        <translation>&amp;Prolonger la réunion…</translation>
    </message>
    <message>
        <source>Extend the meeting running in the chosen placeholder</source>
        <translation>Prolonger la réunion en cours dans l&apos;espace réservé choisi</translation>
    </message>
    <message>
        <source>&amp;End Meeting…</source>
        <translation>&amp;Terminer la réunion…</translation>
    </message>
    <message>
        <source>End the meeting in the chosen placeholder and put the placeholder back</source>
        <translation>Terminer la réunion dans l&apos;espace réservé choisi et remettre l&apos;espace réservé en place</translation>
    </message>
    <message>
        <source>CMS Scheduler Set-&amp;up…</source>
        <extracomment>Opens the assistant that checks and prepares what the CMS 3.3+ scheduler needs</extracomment>
        <translation>&amp;Configuration du planificateur CMS…</translation>
    </message>
    <message>
        <source>Check what the CMS scheduler needs, get the commands to run on the server&apos;s console, and see its temporary spaces</source>
        <translation>Vérifier ce dont le planificateur CMS a besoin, obtenir les commandes à exécuter sur la console du serveur et voir ses espaces temporaires</translation>
    </message>
    <message>
        <source>The pools could not be read: %1</source>
        <extracomment>%1: why the pools could not be read</extracomment>
        <translation>Les pools n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The placeholders could not be read: %1</source>
        <extracomment>%1: why the placeholders could not be read</extracomment>
        <translation>Les espaces réservés n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n placeholder(s))</source>
        <extracomment>A pool in the chooser: %1 its name pattern, %n its size</extracomment>
        <translation>
            <numerusform>%1 (%n espace réservé)</numerusform>
            <numerusform>%1 (%n espaces réservés)</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster is chosen.</source>
        <translation>Aucun cluster n&apos;est choisi.</translation>
    </message>
    <message>
        <source>Reading the pools…</source>
        <translation>Lecture des pools…</translation>
    </message>
    <message>
        <source>This cluster has no placeholder pool. New Pool… creates one.</source>
        <translation>Ce cluster n&apos;a aucun pool d&apos;espaces réservés. Nouveau pool… en crée un.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>The summary of a pool, %1: &quot;12 free&quot;, %2: &quot;3 in a meeting&quot;, %3: &quot;1 inconsistent&quot;</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>%n libre</numerusform>
            <numerusform>%n libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a meeting</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>%n en réunion</numerusform>
            <numerusform>%n en réunion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistent</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>%n incohérent</numerusform>
            <numerusform>%n incohérents</numerusform>
        </translation>
    </message>
    <message>
        <source>Placeholder %1: %2</source>
        <extracomment>%1: the placeholder&apos;s number, %2: its space&apos;s name</extracomment>
        <translation>Espace réservé %1 : %2</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI : %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message numerus="yes">
        <source>A meeting with %n participant(s) runs on %1.</source>
        <extracomment>%n participants, %1: the call bridge holding the meeting</extracomment>
        <translation>
            <numerusform>Une réunion avec %n participant se tient sur %1.</numerusform>
            <numerusform>Une réunion avec %n participants se tient sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it is inconsistent:</source>
        <translation>Pourquoi il est incohérent :</translation>
    </message>
</context>
<context>
    <name>views::MeetingsSection</name>
    <message>
        <source>Meetings</source>
        <extracomment>The section of placeholder pools and scheduled meetings</extracomment>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <extracomment>View menu: show the Meetings section; also the title of the Meetings menu</extracomment>
        <translation>Ré&amp;unions</translation>
    </message>
</context>
<context>
    <name>views::MemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>Type part of a name or address…</source>
        <translation>Saisissez une partie d&apos;un nom ou d&apos;une adresse…</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <extracomment>The member&apos;s own permissions in the space, as check boxes.</extracomment>
        <translation>Autorisations&#xa0;:</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <extracomment>No call leg profile of the member&apos;s own: the one of the space (or above) applies.</extracomment>
        <translation>(hérité)</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>Le cluster n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>This user is already a member of the space.</source>
        <translation>Cet utilisateur est déjà membre de l&apos;espace.</translation>
    </message>
    <message>
        <source>No user has this address.</source>
        <translation>Aucun utilisateur n&apos;a cette adresse.</translation>
    </message>
</context>
<context>
    <name>views::MembersEditor</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a user to the space&apos;s members</source>
        <translation>Ajouter un utilisateur aux membres de l&apos;espace</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s permissions and call leg profile</source>
        <translation>Modifier les autorisations et le profil de branche d&apos;appel du membre sélectionné</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected member from the space</source>
        <translation>Retirer le membre sélectionné de l&apos;espace</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>Lecture des membres…</translation>
    </message>
    <message>
        <source>Added %1 to the space&apos;s members.</source>
        <translation>%1 ajouté aux membres de l&apos;espace.</translation>
    </message>
    <message>
        <source>Changed the membership of %1.</source>
        <translation>Membre %1 modifié.</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from the space&apos;s members?</source>
        <translation>Retirer %1 des membres de l&apos;espace&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n&apos;a pas été retiré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed %1 from the space&apos;s members.</source>
        <translation>%1 retiré des membres de l&apos;espace.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>views::NewObjectDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>views::NewPoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” was created: %n placeholder(s), each checked on the cluster.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>Le pool « %1 » a été créé : %n espace réservé, vérifié sur le cluster.</numerusform>
            <numerusform>Le pool « %1 » a été créé : %n espaces réservés, chacun vérifié sur le cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Placeholder Pool</source>
        <translation>Nouveau pool d&apos;espaces réservés</translation>
    </message>
    <message>
        <source>A scheduler starts its meetings in placeholder spaces made in bulk; non-members may not join a free placeholder. Each pattern holds this token once, which becomes the placeholder&apos;s number:</source>
        <translation>Un planificateur démarre ses réunions dans des espaces réservés créés en bloc ; les non-membres ne peuvent pas rejoindre un espace réservé libre. Chaque modèle contient une fois ce jeton, qui devient le numéro de l&apos;espace réservé :</translation>
    </message>
    <message>
        <source>N&amp;ame pattern:</source>
        <translation>Modèle de &amp;nom :</translation>
    </message>
    <message>
        <source>Name pattern</source>
        <translation>Modèle de nom</translation>
    </message>
    <message>
        <source>&amp;URI pattern:</source>
        <translation>Modèle d&apos;&amp;URI :</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <translation>Modèle d&apos;URI</translation>
    </message>
    <message>
        <source>Call &amp;ID pattern:</source>
        <translation>Modèle d&apos;&amp;ID d&apos;appel :</translation>
    </message>
    <message>
        <source>optional, digits around $index$</source>
        <extracomment>Placeholder text of the optional call ID pattern</extracomment>
        <translation>facultatif, des chiffres autour de $index$</translation>
    </message>
    <message>
        <source>Call ID pattern</source>
        <translation>Modèle d&apos;ID d&apos;appel</translation>
    </message>
    <message>
        <source>Num&amp;ber of placeholders:</source>
        <translation>Nom&amp;bre d&apos;espaces réservés :</translation>
    </message>
    <message>
        <source>Number of placeholders</source>
        <translation>Nombre d&apos;espaces réservés</translation>
    </message>
    <message>
        <source>&amp;First index:</source>
        <translation>&amp;Premier index :</translation>
    </message>
    <message>
        <source>First index</source>
        <translation>Premier index</translation>
    </message>
    <message>
        <source>Call &amp;profile:</source>
        <translation>Pro&amp;fil d&apos;appel :</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>Profil d&apos;appel</translation>
    </message>
    <message>
        <source>The call profile every placeholder uses; none: the cluster&apos;s own</source>
        <translation>Le profil d&apos;appel de chaque espace réservé ; aucun : celui du cluster</translation>
    </message>
    <message>
        <source>Call &amp;leg profile:</source>
        <translation>Profil de &amp;branche d&apos;appel :</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>Profil de branche d&apos;appel</translation>
    </message>
    <message>
        <source>The call leg profile every placeholder uses; none: the cluster&apos;s own</source>
        <translation>Le profil de branche d&apos;appel de chaque espace réservé ; aucun : celui du cluster</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Choice of no profile: the placeholders use the cluster&apos;s own</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>First placeholder:</source>
        <translation>Premier espace réservé :</translation>
    </message>
    <message>
        <source>First placeholder</source>
        <translation>Premier espace réservé</translation>
    </message>
    <message>
        <source>Last placeholder:</source>
        <translation>Dernier espace réservé :</translation>
    </message>
    <message>
        <source>Last placeholder</source>
        <translation>Dernier espace réservé</translation>
    </message>
    <message>
        <source>Name %1, URI %2</source>
        <extracomment>The preview of one placeholder: %1 its name, %2 its URI</extracomment>
        <translation>Nom %1, URI %2</translation>
    </message>
    <message>
        <source>Name %1, URI %2, call ID %3</source>
        <extracomment>The preview of one placeholder: %1 its name, %2 its URI, %3 its call ID</extracomment>
        <translation>Nom %1, URI %2, ID d&apos;appel %3</translation>
    </message>
</context>
<context>
    <name>views::PoolOperationDialog</name>
    <message>
        <source>Done: every step was carried out and checked.</source>
        <translation>Terminé : chaque étape a été effectuée et vérifiée.</translation>
    </message>
    <message>
        <source>The &amp;steps, in order:</source>
        <translation>Les é&amp;tapes, dans l&apos;ordre :</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Étapes prévues</translation>
    </message>
    <message>
        <source>The API steps the operation carries out, in order; the step under way is the current one</source>
        <translation>Les étapes d&apos;API que l&apos;opération effectue, dans l&apos;ordre ; l&apos;étape en cours est l&apos;étape courante</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes effectuées</translation>
    </message>
    <message>
        <source>Status of the bulk sync</source>
        <translation>État de la synchronisation groupée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading what the plan needs from the cluster…</source>
        <translation>Lecture sur le cluster de ce dont le plan a besoin…</translation>
    </message>
    <message>
        <source>Nothing has been changed yet: Run carries out these steps.</source>
        <translation>Rien n&apos;a encore été modifié : Exécuter effectue ces étapes.</translation>
    </message>
    <message>
        <source>Stopping after the step under way, then undoing what was done…</source>
        <translation>Arrêt après l&apos;étape en cours, puis annulation de ce qui a été fait…</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <extracomment>%1: why the operation cannot be carried out</extracomment>
        <translation>Refusé, rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Every step done before it was undone: the cluster is as it was.</source>
        <extracomment>%1: step number, %2: what went wrong</extracomment>
        <translation>L&apos;étape %1 a échoué : %2
Chaque étape effectuée avant elle a été annulée : le cluster est tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
These steps could not be undone, and are left as they are:
%3</source>
        <extracomment>%1: step number, %2: what went wrong, %3: the undos that failed, one per line</extracomment>
        <translation>L&apos;étape %1 a échoué : %2
Ces étapes n&apos;ont pas pu être annulées et restent en l&apos;état :
%3</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <extracomment>%1: why the operation stopped</extracomment>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Stopped: %1
Left as they are:
%2</source>
        <extracomment>%1: why the operation stopped, %2: what was left changed, one per line</extracomment>
        <translation>Arrêté : %1
Restent en l&apos;état :
%2</translation>
    </message>
</context>
<context>
    <name>views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The console changes language at once, without restarting.</source>
        <translation>La console change de langue immédiatement, sans redémarrage.</translation>
    </message>
</context>
<context>
    <name>views::ProfileCompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>Comparer %1 et %2</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Settings side by side</source>
        <translation>Paramètres côte à côte</translation>
    </message>
    <message>
        <source>One row per setting with the value of each; the rows that differ are in bold</source>
        <translation>Une ligne par paramètre avec la valeur de chacun ; les lignes qui diffèrent sont en gras</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Not set: the level above applies</source>
        <translation>Non défini : le niveau supérieur s&apos;applique</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (diffère)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only the %Ln difference(s)</source>
        <translation>
            <numerusform>&amp;Seulement la différence (%Ln)</numerusform>
            <numerusform>&amp;Seulement les %Ln différences</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>global profile %1</source>
        <extracomment>Where an inherited value comes from (in &quot;inherited: Yes (global profile «Hosts»)&quot;).</extracomment>
        <translation>profil global %1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>valeur par défaut du serveur</translation>
    </message>
    <message>
        <source>inherited: %1 (%2)</source>
        <extracomment>A setting the profile leaves unset, and the value that applies: %1 the value, %2 where it comes from.</extracomment>
        <translation>hérité : %1 (%2)</translation>
    </message>
    <message>
        <source>Not set in this profile: the global profile %1 (/system/profiles) gives it</source>
        <translation>Non défini dans ce profil : le profil global %1 (/system/profiles) le fournit</translation>
    </message>
    <message>
        <source>Not set in this profile nor in the global one: the server&apos;s default</source>
        <translation>Non défini ni dans ce profil ni dans le profil global : valeur par défaut du serveur</translation>
    </message>
    <message>
        <source>Not set in this profile nor in the global one: the server decides</source>
        <translation>Non défini ni dans ce profil ni dans le profil global : le serveur décide</translation>
    </message>
    <message>
        <source>A setting a profile leaves unset takes the value of the global profile %1 (/system/profiles), else the server&apos;s default: those values are in italics and count in the comparison.</source>
        <translation>Un paramètre qu&apos;un profil laisse non défini prend la valeur du profil global %1 (/system/profiles), sinon la valeur par défaut du serveur : ces valeurs sont en italique et comptent dans la comparaison.</translation>
    </message>
    <message>
        <source>No global profile is set (/system/profiles): a setting a profile leaves unset takes the server&apos;s default, shown in italics where it is known.</source>
        <translation>Aucun profil global n&apos;est défini (/system/profiles) : un paramètre qu&apos;un profil laisse non défini prend la valeur par défaut du serveur, en italique lorsqu&apos;elle est connue.</translation>
    </message>
</context>
<context>
    <name>views::ProfileRepointDialog</name>
    <message>
        <source>Re-point and Delete</source>
        <translation>Rediriger et supprimer</translation>
    </message>
    <message>
        <source>None: the level above applies</source>
        <translation>Aucun : le niveau supérieur s&apos;applique</translation>
    </message>
    <message>
        <source>Replacement profile</source>
        <translation>Profil de remplacement</translation>
    </message>
    <message>
        <source>The profile every reference to «%1» will use instead</source>
        <translation>Le profil que chaque référence à « %1 » utilisera à la place</translation>
    </message>
    <message>
        <source>The console sends these steps in order. If one fails, every change already made is put back and «%1» is kept.</source>
        <translation>La console envoie ces étapes dans l&apos;ordre. Si l&apos;une échoue, chaque modification déjà faite est annulée et « %1 » est conservé.</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Étapes prévues</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Re-point and &amp;Delete</source>
        <translation>Rediriger et &amp;supprimer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Re-point every reference to «%1» to:</source>
        <translation>Rediriger chaque référence à « %1 » vers :</translation>
    </message>
    <message>
        <source>Finding where «%1» is used…</source>
        <translation>Recherche des endroits où « %1 » est utilisé…</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n étape.</numerusform>
            <numerusform>%n étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot re-point: %1</source>
        <translation>Impossible de rediriger : %1</translation>
    </message>
    <message>
        <source>«%1» is neither re-pointed nor deleted: the console cannot see every place that may use it (listed above).</source>
        <translation>« %1 » n&apos;est ni redirigé ni supprimé : la console ne voit pas tous les endroits qui peuvent l&apos;utiliser (listés ci-dessus).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Done: the references were re-pointed and «%1» is deleted.</source>
        <translation>Terminé : les références ont été redirigées et « %1 » est supprimé.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Every change made was put back; «%3» is kept.</source>
        <translation>L&apos;étape %1 a échoué : %2
Chaque modification faite a été annulée ; « %3 » est conservé.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Some changes could not be put back:
%3</source>
        <translation>L&apos;étape %1 a échoué : %2
Certaines modifications n&apos;ont pas pu être annulées :
%3</translation>
    </message>
    <message>
        <source>Stopping at the next step; what was done is put back…</source>
        <translation>Arrêt à la prochaine étape ; ce qui a été fait est annulé…</translation>
    </message>
</context>
<context>
    <name>views::ProfileUsageView</name>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>Comment c&apos;est établi</translation>
    </message>
    <message>
        <source>Where the profile is used</source>
        <translation>Où le profil est utilisé</translation>
    </message>
    <message>
        <source>Looking for where the profile is used…</source>
        <translation>Recherche des endroits où le profil est utilisé…</translation>
    </message>
    <message>
        <source>Where the profile is used could not be found: %1</source>
        <translation>Impossible de savoir où le profil est utilisé : %1</translation>
    </message>
    <message>
        <source>The global profiles (/system/profiles)</source>
        <translation>Les profils globaux (/system/profiles)</translation>
    </message>
    <message>
        <source>Not in the global profiles</source>
        <translation>Pas dans les profils globaux</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln tenant</numerusform>
            <numerusform>%Ln tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln espace</numerusform>
            <numerusform>%Ln espaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Some access methods</source>
        <translation>Certaines méthodes d&apos;accès</translation>
    </message>
    <message>
        <source>No access method</source>
        <translation>Aucune méthode d&apos;accès</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>Méthodes d&apos;accès</translation>
    </message>
    <message>
        <source>Some members</source>
        <translation>Certains membres</translation>
    </message>
    <message>
        <source>No member</source>
        <translation>Aucun membre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space template(s)</source>
        <translation>
            <numerusform>%Ln modèle d&apos;espace</numerusform>
            <numerusform>%Ln modèles d&apos;espace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access method template(s)</source>
        <translation>
            <numerusform>%Ln modèle de méthode d&apos;accès</numerusform>
            <numerusform>%Ln modèles de méthode d&apos;accès</numerusform>
        </translation>
    </message>
    <message>
        <source>It is used nowhere the console can see.</source>
        <translation>Il n&apos;est utilisé nulle part où la console peut voir.</translation>
    </message>
    <message>
        <source>It is used by: %1.</source>
        <translation>Il est utilisé par : %1.</translation>
    </message>
    <message>
        <source>Every one is listed</source>
        <translation>Tous sont listés</translation>
    </message>
    <message>
        <source>The server says whether any does, not which</source>
        <translation>Le serveur dit si certains l&apos;utilisent, pas lesquels</translation>
    </message>
    <message>
        <source>Not checked: the API cannot tell for this kind of profile</source>
        <translation>Non vérifié : l&apos;API ne permet pas de le savoir pour ce type de profil</translation>
    </message>
    <message numerus="yes">
        <source>Among the %Ln space(s) read in detail, of %1</source>
        <translation>
            <numerusform>Parmi l&apos;espace lu en détail (%Ln), sur %1</numerusform>
            <numerusform>Parmi les %Ln espaces lus en détail, sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each level that can refer to the profile, with how many use it and which; Enter on an entry opens it where it is edited</source>
        <translation>Chaque niveau qui peut faire référence au profil, avec combien l&apos;utilisent et lesquels ; Entrée sur une entrée l&apos;ouvre là où elle se modifie</translation>
    </message>
</context>
<context>
    <name>views::ProfilesPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Call leg profiles</source>
        <translation>Profils de branche d&apos;appel</translation>
    </message>
    <message>
        <source>Call profiles</source>
        <translation>Profils d&apos;appel</translation>
    </message>
    <message>
        <source>Dial-in security profiles</source>
        <translation>Profils de sécurité d&apos;appel entrant</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>Modèles d&apos;espace</translation>
    </message>
    <message>
        <source>Kind of profile</source>
        <translation>Type de profil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>The profiles of the kind chosen above; choose one to see and edit its settings, or two to compare them</source>
        <translation>Les profils du type choisi ci-dessus ; choisissez-en un pour voir et modifier ses paramètres, ou deux pour les comparer</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation>&amp;Utilisation</translation>
    </message>
    <message>
        <source>Name in the &amp;console:</source>
        <translation>Nom dans la &amp;console :</translation>
    </message>
    <message>
        <source>The API gives call profiles no name: name it here</source>
        <translation>L&apos;API ne donne pas de nom aux profils d&apos;appel : nommez-le ici</translation>
    </message>
    <message>
        <source>Name in the console</source>
        <translation>Nom dans la console</translation>
    </message>
    <message>
        <source>Kept in this console&apos;s settings for this cluster, and shown wherever the call profile appears</source>
        <translation>Conservé dans les paramètres de cette console pour ce cluster, et affiché partout où le profil d&apos;appel apparaît</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Show the two selected side by side (%1)</source>
        <translation>Afficher les deux sélectionnés côte à côte (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>This cluster runs a CMS version without them (they came with %1).</source>
        <translation>Ce cluster utilise une version de CMS qui ne les a pas (ils sont apparus avec la %1).</translation>
    </message>
    <message>
        <source>Save the Profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save the changes to «%1»?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Wait until the console knows where «%1» is used.</source>
        <translation>Attendez que la console sache où « %1 » est utilisé.</translation>
    </message>
    <message>
        <source>Profile in Use</source>
        <translation>Profil utilisé</translation>
    </message>
    <message>
        <source>«%1» is still in use and cannot be deleted.</source>
        <translation>« %1 » est encore utilisé et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Point them to another profile first; the Where Used tab lists them.</source>
        <translation>Faites-les d&apos;abord pointer vers un autre profil ; l&apos;onglet Utilisation les liste.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete «%1»?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau : %1</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>Créé.</translation>
    </message>
    <message>
        <source>Settings of the chosen profile</source>
        <translation>Paramètres du profil choisi</translation>
    </message>
    <message>
        <source>&amp;Access Methods</source>
        <extracomment>The tab of a space template&apos;s access method templates</extracomment>
        <translation>Méthodes d’&amp;accès</translation>
    </message>
    <message>
        <source>Ass&amp;igned Users</source>
        <translation>Utilisateurs attr&amp;ibués</translation>
    </message>
    <message>
        <source>&amp;Scheduler Ready Check…</source>
        <translation>Vérification pour le &amp;planificateur…</translation>
    </message>
    <message>
        <source>&amp;Global Profiles…</source>
        <translation>Profils &amp;globaux…</translation>
    </message>
    <message>
        <source>Choose the profiles that apply to the whole cluster</source>
        <translation>Choisir les profils qui s’appliquent à tout le cluster</translation>
    </message>
    <message>
        <source>Whether a space template gives scheduled meetings a guest and a host access, and create what is missing</source>
        <translation>Vérifier si un modèle d&apos;espace donne aux réunions planifiées un accès invités et un accès hôtes, et créer ce qui manque</translation>
    </message>
    <message>
        <source>Available once the cluster has said which CMS version it runs.</source>
        <translation>Disponible dès que le cluster a indiqué quelle version de CMS il exécute.</translation>
    </message>
    <message>
        <source>The scheduler came with CMS 3.3; this cluster runs %1.</source>
        <translation>Le planificateur est arrivé avec CMS 3.3 ; ce cluster exécute %1.</translation>
    </message>
    <message>
        <source>Re-point and &amp;Delete…</source>
        <translation>Rediriger et &amp;supprimer…</translation>
    </message>
    <message>
        <source>The global profiles could not be read, so the comparison leaves out what the profiles inherit: %1</source>
        <translation>Impossible de lire les profils globaux : la comparaison ne tient pas compte de ce que les profils héritent : %1</translation>
    </message>
</context>
<context>
    <name>views::ProfilesSection</name>
    <message>
        <source>Profiles</source>
        <extracomment>The section of call profiles, call leg profiles and space templates</extracomment>
        <translation>Profils</translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <extracomment>View menu: show the Profiles section; also the title of the Profiles menu</extracomment>
        <translation>P&amp;rofils</translation>
    </message>
</context>
<context>
    <name>views::RemovePoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” and its %n placeholder(s) were removed.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>Le pool « %1 » et son espace réservé ont été supprimés.</numerusform>
            <numerusform>Le pool « %1 » et ses %n espaces réservés ont été supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Placeholder Pool</source>
        <translation>Supprimer le pool d&apos;espaces réservés</translation>
    </message>
    <message numerus="yes">
        <source>Remove the pool “%1” and its %n placeholder(s)? Their spaces are deleted from the cluster; a scheduler that counts on them can no longer start meetings in them. It is refused while a placeholder holds a meeting.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>Supprimer le pool « %1 » et son espace réservé ? Leurs espaces sont supprimés du cluster ; un planificateur qui compte sur eux ne peut plus y démarrer de réunions. La suppression est refusée tant qu&apos;un espace réservé accueille une réunion.</numerusform>
            <numerusform>Supprimer le pool « %1 » et ses %n espaces réservés ? Leurs espaces sont supprimés du cluster ; un planificateur qui compte sur eux ne peut plus y démarrer de réunions. La suppression est refusée tant qu&apos;un espace réservé accueille une réunion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SchedulerAssistant</name>
    <message>
        <source>Scheduler Set-Up</source>
        <translation>Configuration du planificateur</translation>
    </message>
    <message>
        <source>API R&amp;eadiness</source>
        <translation>Pr&amp;éparation de l&apos;API</translation>
    </message>
    <message>
        <source>&amp;Server Console Commands</source>
        <translation>Commandes de la console du &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;Temporary Spaces</source>
        <translation>Espaces &amp;temporaires</translation>
    </message>
    <message>
        <source>Scheduler set-up</source>
        <translation>Configuration du planificateur</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>views::SchedulerCommandsPage</name>
    <message>
        <source>What the API cannot set is set on the server&apos;s own console (MMP), reached over SSH. Run the scheduler commands on the server that runs the scheduler: it must also run a call bridge. Run the web bridge command on each server that runs a web bridge. Upload the key, certificate and bundle files to each server by SFTP first.</source>
        <translation>Ce que l&apos;API ne peut pas régler se règle sur la console du serveur lui-même (MMP), par SSH. Exécutez les commandes du planificateur sur le serveur qui l&apos;exécute : il doit aussi exécuter un pont d&apos;appel. Exécutez la commande du pont web sur chaque serveur qui exécute un pont web. Déposez d&apos;abord les fichiers de clé, de certificat et de lot sur chaque serveur par SFTP.</translation>
    </message>
    <message>
        <source>Scheduler HTTPS API</source>
        <translation>API HTTPS du planificateur</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>Interface %1</translation>
    </message>
    <message>
        <source>None: the HTTPS API stays off</source>
        <translation>Aucune : l&apos;API HTTPS reste désactivée</translation>
    </message>
    <message>
        <source>Listening interface</source>
        <translation>Interface d&apos;écoute</translation>
    </message>
    <message>
        <source>Listening &amp;interface:</source>
        <translation>&amp;Interface d&apos;écoute :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>The port the scheduler&apos;s HTTPS API listens on, from 1 to 65535</source>
        <translation>Le port sur lequel écoute l&apos;API HTTPS du planificateur, de 1 à 65535</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de c&amp;lé :</translation>
    </message>
    <message>
        <source>The private key file on the server, for the HTTPS API</source>
        <translation>Le fichier de clé privée sur le serveur, pour l&apos;API HTTPS</translation>
    </message>
    <message>
        <source>&amp;Full-chain certificate file:</source>
        <translation>Fichier de certificat à chaîne co&amp;mplète :</translation>
    </message>
    <message>
        <source>The certificate file on the server, with its whole chain, for the HTTPS API</source>
        <translation>Le fichier de certificat sur le serveur, avec toute sa chaîne, pour l&apos;API HTTPS</translation>
    </message>
    <message>
        <source>Connection to the web bridges (C2W)</source>
        <translation>Connexion aux ponts web (C2W)</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>Fic&amp;hier de clé :</translation>
    </message>
    <message>
        <source>The private key file the scheduler presents to the web bridges; empty: the HTTPS key file</source>
        <translation>Le fichier de clé privée que le planificateur présente aux ponts web ; vide : le fichier de clé HTTPS</translation>
    </message>
    <message>
        <source>Same as HTTPS</source>
        <translation>Comme pour HTTPS</translation>
    </message>
    <message>
        <source>Full-chai&amp;n certificate file:</source>
        <translation>Fichier de certificat à chaî&amp;ne complète :</translation>
    </message>
    <message>
        <source>The certificate file the scheduler presents to the web bridges; empty: the HTTPS certificate file. The call bridge&apos;s certificate will do: the web bridges already trust it</source>
        <translation>Le fichier de certificat que le planificateur présente aux ponts web ; vide : le fichier de certificat HTTPS. Le certificat du pont d&apos;appel convient : les ponts web lui font déjà confiance</translation>
    </message>
    <message>
        <source>&amp;Web bridges&apos; bundle:</source>
        <translation>Lot des ponts &amp;web :</translation>
    </message>
    <message>
        <source>A file holding every web bridge&apos;s certificate: the scheduler trusts them</source>
        <translation>Un fichier contenant le certificat de chaque pont web : le planificateur leur fait confiance</translation>
    </message>
    <message>
        <source>Sc&amp;heduler bundle:</source>
        <translation>Lot du pl&amp;anificateur :</translation>
    </message>
    <message>
        <source>A file holding every scheduler&apos;s and call bridge&apos;s certificate, put on each web bridge: the web bridges trust them</source>
        <translation>Un fichier contenant le certificat de chaque planificateur et de chaque pont d&apos;appel, déposé sur chaque pont web : les ponts web leur font confiance</translation>
    </message>
    <message>
        <source>E-mail server (optional)</source>
        <translation>Serveur de messagerie (facultatif)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s hostname or address; empty: the scheduler sends no e-mail</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse du serveur de messagerie ; vide : le planificateur n&apos;envoie aucun e-mail</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s port, from 1 to 65535</source>
        <translation>Le port du serveur de messagerie, de 1 à 65535</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>SMTPS (encrypted from the start)</source>
        <translation>SMTPS (chiffré dès le début)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>The user name for the e-mail server; its password is typed on the server&apos;s console, at its own prompt, never here</source>
        <translation>Le nom d&apos;utilisateur pour le serveur de messagerie ; son mot de passe se saisit sur la console du serveur, à son invite, jamais ici</translation>
    </message>
    <message>
        <source>Si&amp;gn in to the e-mail server</source>
        <translation>S&apos;identifier auprès du serveur de messa&amp;gerie</translation>
    </message>
    <message>
        <source>Upgra&amp;de to TLS with STARTTLS</source>
        <translation>&amp;Démarrer TLS par STARTTLS</translation>
    </message>
    <message>
        <source>Trust &amp;bundle:</source>
        <translation>Lot de confianc&amp;e :</translation>
    </message>
    <message>
        <source>A file of certificates the scheduler trusts for the e-mail server; empty: none</source>
        <translation>Un fichier de certificats auxquels le planificateur fait confiance pour le serveur de messagerie ; vide : aucun</translation>
    </message>
    <message>
        <source>No password here: the server asks for the e-mail password on its own console.</source>
        <translation>Aucun mot de passe ici : le serveur demande le mot de passe de messagerie sur sa propre console.</translation>
    </message>
    <message>
        <source>Values for the commands</source>
        <translation>Valeurs des commandes</translation>
    </message>
    <message>
        <source>Co&amp;mmands, in the order to run them:</source>
        <translation>Commandes, dans l&apos;ordre d&apos;e&amp;xécution :</translation>
    </message>
    <message>
        <source>Server console commands</source>
        <translation>Commandes de la console du serveur</translation>
    </message>
    <message>
        <source>The commands to type on the servers&apos; consoles, each followed by what it does</source>
        <translation>Les commandes à saisir sur la console des serveurs, chacune suivie de ce qu&apos;elle fait</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>Puts the commands on the clipboard, one a line, without their explanations</source>
        <translation>Place les commandes dans le presse-papiers, une par ligne, sans leurs explications</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) missing or wrong: the commands show what is still needed.</source>
        <translation>
            <numerusform>%n valeur manquante ou erronée : les commandes montrent ce qu&apos;il faut encore.</numerusform>
            <numerusform>%n valeurs manquantes ou erronées : les commandes montrent ce qu&apos;il faut encore.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the server that runs the scheduler:</source>
        <translation>Sur le serveur qui exécute le planificateur :</translation>
    </message>
    <message>
        <source>On each web bridge:</source>
        <translation>Sur chaque pont web :</translation>
    </message>
    <message>
        <source>Back on the server that runs the scheduler:</source>
        <translation>De retour sur le serveur qui exécute le planificateur :</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) copied.</source>
        <translation>
            <numerusform>%n commande copiée.</numerusform>
            <numerusform>%n commandes copiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SchedulerReadinessPanel</name>
    <message>
        <source>A meeting booked in the web app (CMS scheduler, 3.3 and later) takes its space from a space template: guests join through one access method template and wait in the lobby, hosts through another and start the meeting.</source>
        <translation>Une réunion réservée dans l&apos;application web (planificateur CMS, 3.3 et ultérieur) prend son espace d&apos;un modèle d&apos;espace : les invités rejoignent par un modèle de méthode d&apos;accès et attendent en salle d&apos;attente, les hôtes par un autre et démarrent la réunion.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What the scheduler needs</source>
        <translation>Ce dont le planificateur a besoin</translation>
    </message>
    <message>
        <source>One row per requirement: whether the cluster meets it, and why</source>
        <translation>Une ligne par exigence : si le cluster la remplit, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Nothing has been changed yet. To make the cluster ready, the console would:</source>
        <translation>&amp;Rien n&apos;a encore été modifié. Pour préparer le cluster, la console :</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Modifications prévues</translation>
    </message>
    <message>
        <source>The API steps that would create what is missing, in order; nothing is sent until you choose Create</source>
        <translation>Les étapes d&apos;API qui créeraient ce qui manque, dans l&apos;ordre ; rien n&apos;est envoyé avant que vous choisissiez Créer</translation>
    </message>
    <message>
        <source>Progress of the changes</source>
        <translation>Avancement des modifications</translation>
    </message>
    <message>
        <source>Outcome of the changes</source>
        <translation>Résultat des modifications</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Create What Is Missing</source>
        <translation>&amp;Créer ce qui manque</translation>
    </message>
    <message>
        <source>Wait until the changes end: the dialog closes once nothing is half done.</source>
        <translation>Attendez la fin des modifications : la fenêtre se ferme une fois que rien n&apos;est à moitié fait.</translation>
    </message>
    <message>
        <source>Reading the cluster&apos;s call leg profiles and space templates…</source>
        <translation>Lecture des profils de branche d&apos;appel et des modèles d&apos;espace du cluster…</translation>
    </message>
    <message>
        <source>The cluster could not be read: %1</source>
        <translation>Impossible de lire le cluster : %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>The cluster is ready for the scheduler.</source>
        <translation>Le cluster est prêt pour le planificateur.</translation>
    </message>
    <message>
        <source>The cluster must run CMS 3.3 or later before the rest matters.</source>
        <translation>Le cluster doit exécuter CMS 3.3 ou ultérieur avant que le reste compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not met.</source>
        <translation>
            <numerusform>%n exigence non remplie.</numerusform>
            <numerusform>%n exigences non remplies.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) created. The checklist below is read again.</source>
        <translation>
            <numerusform>Terminé : %n objet créé. La liste de contrôle ci-dessous est relue.</numerusform>
            <numerusform>Terminé : %n objets créés. La liste de contrôle ci-dessous est relue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>Step %1 failed: %2. The steps before it were undone: the cluster is as it was.</source>
        <translation>L&apos;étape %1 a échoué : %2. Les étapes précédentes ont été annulées : le cluster est tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2. Some changes could not be undone:
%3</source>
        <translation>L&apos;étape %1 a échoué : %2. Certaines modifications n&apos;ont pas pu être annulées :
%3</translation>
    </message>
</context>
<context>
    <name>views::SchemaForm</name>
    <message>
        <source>Inherit</source>
        <extracomment>Yes/no setting left unset: the value of the level above (profile, tenant, global) applies.</extracomment>
        <translation>Hérité</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(inherit)</source>
        <extracomment>Choice left unset: the value of the level above applies.</extracomment>
        <translation>(hérité)</translation>
    </message>
    <message>
        <source>When not set, the server assumes yes.</source>
        <translation>Si la valeur n&apos;est pas définie, le serveur utilise «&#xa0;oui&#xa0;».</translation>
    </message>
    <message>
        <source>When not set, the server assumes no.</source>
        <translation>Si la valeur n&apos;est pas définie, le serveur utilise «&#xa0;non&#xa0;».</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button beside a passcode or secret: shows or hides its characters.</extracomment>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the characters</source>
        <translation>Masquer les caractères</translation>
    </message>
    <message>
        <source>Show the characters</source>
        <translation>Afficher les caractères</translation>
    </message>
</context>
<context>
    <name>views::SecondsSpinBox</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <extracomment>A number of seconds in a spin box: &quot;5 seconds&quot;</extracomment>
        <translation>
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SpaceCreateDialog</name>
    <message>
        <source>New Space</source>
        <translation>Nouvel espace</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Button that creates the space described in the form.</extracomment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Creating the space…</source>
        <translation>Création de l&apos;espace…</translation>
    </message>
    <message>
        <source>The space was not created: %1</source>
        <translation>L&apos;espace n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fill in what the space needs; fields left empty take the cluster&apos;s settings.</source>
        <translation>Renseignez ce dont l&apos;espace a besoin&#xa0;; les champs laissés vides reprennent les paramètres du cluster.</translation>
    </message>
    <message>
        <source>Space “%1” created.</source>
        <translation>Espace «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Fields of the new space</source>
        <translation>Champs du nouvel espace</translation>
    </message>
</context>
<context>
    <name>views::SpaceDetailsView</name>
    <message>
        <source>General</source>
        <extracomment>Tab of a space&apos;s details: its own fields.</extracomment>
        <translation>Général</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>Méthodes d&apos;accès</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <extracomment>Tab of a space&apos;s details: the settings that really apply, and where each comes from.</extracomment>
        <translation>Paramètres effectifs</translation>
    </message>
</context>
<context>
    <name>views::SpaceEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Send the fields you changed to the cluster</source>
        <translation>Envoyer au cluster les champs modifiés</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Forget your changes and show what the cluster holds</source>
        <translation>Abandonner vos modifications et afficher ce que contient le cluster</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation>Régénérer le secret…</translation>
    </message>
    <message>
        <source>Give the space a new secret: join links that use the old one stop working</source>
        <translation>Donner un nouveau secret à l&apos;espace&#xa0;: les liens pour le rejoindre qui utilisent l&apos;ancien cessent de fonctionner</translation>
    </message>
    <message>
        <source>Join details…</source>
        <translation>Détails d&apos;accès…</translation>
    </message>
    <message>
        <source>Show what a guest needs to join this space, ready to copy</source>
        <translation>Afficher ce dont un invité a besoin pour rejoindre cet espace, prêt à copier</translation>
    </message>
    <message>
        <source>How to join this space</source>
        <translation>Comment rejoindre cet espace</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>Masquer le code d&apos;accès</translation>
    </message>
    <message>
        <source>Reveal passcode</source>
        <translation>Afficher le code d&apos;accès</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the join details, passcode included</source>
        <translation>Copier les informations pour rejoindre, code d&apos;accès compris</translation>
    </message>
    <message>
        <source>Copy the join details without the passcode</source>
        <translation>Copier les informations pour rejoindre, sans le code d&apos;accès</translation>
    </message>
    <message>
        <source>No space selected.</source>
        <translation>Aucun espace sélectionné.</translation>
    </message>
    <message>
        <source>The space could not be read: %1</source>
        <translation>Impossible de lire l&apos;espace&#xa0;: %1</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>Les modifications n&apos;ont pas été enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The space was not deleted: %1</source>
        <translation>L&apos;espace n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No new secret was made: %1</source>
        <translation>Aucun nouveau secret n&apos;a été généré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The space has a new secret. Send the new join details to its users.</source>
        <translation>L&apos;espace a un nouveau secret. Envoyez les nouvelles informations pour rejoindre à ses utilisateurs.</translation>
    </message>
    <message>
        <source>This space was generated automatically for a user (by directory synchronisation): it belongs to that user and goes when the user goes. It cannot be deleted here.</source>
        <translation>Cet espace a été généré automatiquement pour un utilisateur (par la synchronisation de l&apos;annuaire)&#xa0;: il appartient à cet utilisateur et disparaît avec lui. Il ne peut pas être supprimé ici.</translation>
    </message>
    <message>
        <source>Delete this space with its access methods and members</source>
        <translation>Supprimer cet espace avec ses méthodes d&apos;accès et ses membres</translation>
    </message>
    <message>
        <source>Space “%1” changed: %2.</source>
        <extracomment>Activity log. %1: a space&apos;s name; %2: the fields changed, as a list (&quot;Name, URI and Passcode&quot;).</extracomment>
        <translation>Espace «&#xa0;%1&#xa0;» modifié&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Delete space</source>
        <translation>Supprimer l&apos;espace</translation>
    </message>
    <message>
        <source>Delete the space “%1”?</source>
        <translation>Supprimer l&apos;espace «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its access methods and members are deleted with it, and nobody can join it any more. This cannot be undone.</source>
        <translation>Ses méthodes d&apos;accès et ses membres sont supprimés avec lui, et plus personne ne pourra le rejoindre. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Space “%1” deleted.</source>
        <translation>Espace «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>Régénérer le secret</translation>
    </message>
    <message>
        <source>Give this space a new secret?</source>
        <translation>Donner un nouveau secret à cet espace&#xa0;?</translation>
    </message>
    <message>
        <source>Web links to the space that carry the old secret stop working: guests will need the new join details.</source>
        <translation>Les liens web vers l&apos;espace qui contiennent l&apos;ancien secret cesseront de fonctionner&#xa0;: les invités auront besoin des nouvelles informations pour rejoindre.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Space “%1” has a new secret: its old join links no longer work.</source>
        <translation>L&apos;espace «&#xa0;%1&#xa0;» a un nouveau secret&#xa0;: ses anciens liens pour le rejoindre ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>Espace&#xa0;: %1</translation>
    </message>
    <message>
        <source>Video address: %1</source>
        <translation>Adresse vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other video address: %1</source>
        <translation>Autre adresse vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call ID: %1</source>
        <translation>ID d&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Passcode: none</source>
        <translation>Code d&apos;accès&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <extracomment>The passcode is hidden until the user reveals it.</extracomment>
        <translation>Code d&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fields of the space</source>
        <translation>Champs de l&apos;espace</translation>
    </message>
</context>
<context>
    <name>views::SpacesPane</name>
    <message>
        <source>No cluster selected.</source>
        <translation>Aucun cluster sélectionné.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Reading the spaces…</source>
        <translation>Lecture des espaces…</translation>
    </message>
    <message>
        <source>%L1 of %L2 spaces</source>
        <extracomment>Loading progress. %L1: spaces read so far, %L2: all the spaces (&quot;12,400 of 100,000 spaces&quot;)</extracomment>
        <translation>%L1 sur %L2 espaces</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln espace</numerusform>
            <numerusform>%Ln espaces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — loading cancelled, the list may be incomplete</source>
        <extracomment>%1: what is shown (e.g. &quot;1,200 spaces&quot;); the loading was cancelled</extracomment>
        <translation>%1 — chargement annulé, la liste est peut-être incomplète</translation>
    </message>
    <message>
        <source>%1 — loading failed: %2</source>
        <extracomment>%1: what is shown, %2: the error (a sentence)</extracomment>
        <translation>%1 — échec du chargement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Spaces</source>
        <translation>Exporter les espaces</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>spaces.csv</source>
        <extracomment>Default file name of an export of the spaces list</extracomment>
        <translation>espaces.csv</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1: file path, %2: why (from the system)</extracomment>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete spaces</source>
        <translation>Supprimer des espaces</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln space(s)? Their access methods and members are deleted too.</source>
        <translation>
            <numerusform>Supprimer %Ln espace&#xa0;? Ses méthodes d&apos;accès et ses membres sont également supprimés.</numerusform>
            <numerusform>Supprimer %Ln espaces&#xa0;? Leurs méthodes d&apos;accès et leurs membres sont également supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Search by name, URI or call ID (%1)</source>
        <translation>Rechercher par nom, URI ou ID d&apos;appel (%1)</translation>
    </message>
    <message>
        <source>Finds the spaces whose name, URI, secondary URI or call ID contain every word typed</source>
        <translation>Trouve les espaces dont le nom, l&apos;URI, l&apos;URI secondaire ou l&apos;ID d&apos;appel contiennent chacun des mots saisis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Action: read the list of spaces again</extracomment>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the list of spaces again (%1)</source>
        <translation>Relire la liste des espaces (%1)</translation>
    </message>
    <message>
        <source>&amp;New Space…</source>
        <extracomment>Action: create a space</extracomment>
        <translation>&amp;Nouvel espace…</translation>
    </message>
    <message>
        <source>Create a space (%1)</source>
        <translation>Créer un espace (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the spaces shown, with the visible columns, as a CSV file</source>
        <translation>Enregistrer les espaces affichés, avec les colonnes visibles, dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <extracomment>Menu of actions on many spaces at once</extracomment>
        <translation>Actions &amp;groupées</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <source>Set a &amp;Field…</source>
        <translation>Définir un &amp;champ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading the spaces; those read so far stay in the list</source>
        <translation>Arrêter la lecture des espaces&#xa0;; ceux déjà lus restent dans la liste</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Select a space to see its details.</source>
        <translation>Sélectionnez un espace pour en afficher les détails.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 match(es)</source>
        <comment>search result</comment>
        <extracomment>%Ln: spaces matching the search; %1: all the spaces, as &quot;304 spaces&quot;</extracomment>
        <translation>
            <numerusform>%Ln sur %1 correspond</numerusform>
            <numerusform>%Ln sur %1 correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>Search spaces</source>
        <translation>Rechercher des espaces</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Start &amp;Meeting…</source>
        <translation>&amp;Lancer une réunion…</translation>
    </message>
    <message>
        <source>Start the meeting of the current space, and follow it in the Live section (%1)</source>
        <translation>Lancer la réunion de l&apos;espace courant et la suivre dans la section En direct (%1)</translation>
    </message>
    <message>
        <source>&amp;Guest and Host Access…</source>
        <extracomment>Action: give the selected spaces (or a new one) separate guest and host access</extracomment>
        <translation>Accès &amp;invités et hôtes…</translation>
    </message>
    <message>
        <source>Set up separate guest and host access on the selected spaces, or on a new space when none is selected (%1)</source>
        <translation>Configure des accès séparés pour les invités et les hôtes sur les espaces sélectionnés, ou sur un nouvel espace si aucun n&apos;est sélectionné (%1)</translation>
    </message>
    <message>
        <source>Why Can&apos;t My Guests Get &amp;In?…</source>
        <translation>Pourquoi mes invités ne peuvent-ils pas en&amp;trer ?…</translation>
    </message>
    <message>
        <source>Check the current space&apos;s guest and host access: the pattern it follows, each problem and its fix (%1)</source>
        <translation>Vérifier l&apos;accès des invités et des hôtes à l&apos;espace courant : le modèle qu&apos;il suit, chaque problème et sa correction (%1)</translation>
    </message>
</context>
<context>
    <name>views::SpacesSection</name>
    <message>
        <source>S&amp;paces</source>
        <extracomment>View menu: show the Spaces section; also the title of the Spaces menu</extracomment>
        <translation>&amp;Espaces</translation>
    </message>
</context>
<context>
    <name>views::StartMeetingDialog</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A space in a list: its name and its URI</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Start Meeting</source>
        <translation>Lancer une réunion</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Espace :</translation>
    </message>
    <message>
        <source>Type part of a space&apos;s name or URI</source>
        <translation>Saisissez une partie du nom ou de l&apos;URI d&apos;un espace</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>The space whose meeting starts; type part of its name or URI to find it</source>
        <translation>L&apos;espace dont la réunion démarre ; saisissez une partie de son nom ou de son URI pour le trouver</translation>
    </message>
    <message>
        <source>Call &amp;bridge:</source>
        <translation>&amp;Pont d&apos;appel :</translation>
    </message>
    <message>
        <source>The least busy</source>
        <translation>Le moins occupé</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>Pont d&apos;appel</translation>
    </message>
    <message>
        <source>The call bridge that hosts the meeting</source>
        <translation>Le pont d&apos;appel qui héberge la réunion</translation>
    </message>
    <message>
        <source>New &amp;passcode:</source>
        <translation>Nouveau &amp;code d&apos;accès :</translation>
    </message>
    <message>
        <source>Sets the space&apos;s passcode before the meeting starts; empty removes it</source>
        <translation>Définit le code d&apos;accès de l&apos;espace avant le début de la réunion ; vide, il le supprime</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>Nouveau code d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Non-members:</source>
        <translation>&amp;Non-membres :</translation>
    </message>
    <message>
        <source>As the space says</source>
        <translation>Selon l&apos;espace</translation>
    </message>
    <message>
        <source>May join</source>
        <translation>Peuvent participer</translation>
    </message>
    <message>
        <source>May not join</source>
        <translation>Ne peuvent pas participer</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>Non-membres</translation>
    </message>
    <message>
        <source>Whether people who are not members of the space may join this meeting</source>
        <translation>Si les personnes qui ne sont pas membres de l&apos;espace peuvent participer à cette réunion</translation>
    </message>
    <message>
        <source>The space keeps the passcode and access chosen here after the meeting. If the meeting cannot start, the space is put back as it was.</source>
        <translation>L&apos;espace garde après la réunion le code d&apos;accès et l&apos;accès choisis ici. Si la réunion ne peut pas démarrer, l&apos;espace est remis tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
</context>
<context>
    <name>views::TemplateUsersEditor</name>
    <message>
        <source>&amp;Users this space template is assigned to (they can create spaces from it):</source>
        <translation>&amp;Utilisateurs auxquels ce modèle d’espace est attribué (ils peuvent créer des espaces à partir de celui-ci)&#xa0;:</translation>
    </message>
    <message>
        <source>Users assigned this space template</source>
        <translation>Utilisateurs auxquels ce modèle d’espace est attribué</translation>
    </message>
    <message>
        <source>Assign t&amp;o user:</source>
        <translation>Attribuer à l’utilisate&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>User to assign the space template to</source>
        <translation>Utilisateur auquel attribuer le modèle d’espace</translation>
    </message>
    <message>
        <source>The user&apos;s JID; type part of a name or JID to choose among the cluster&apos;s users</source>
        <translation>Le JID de l’utilisateur&#xa0;; tapez une partie d’un nom ou d’un JID pour choisir parmi les utilisateurs du cluster</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>Attri&amp;buer</translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation>Retir&amp;er</translation>
    </message>
    <message>
        <source>Take the space template away from the chosen user</source>
        <translation>Retirer le modèle d’espace à l’utilisateur choisi</translation>
    </message>
    <message>
        <source>Looking through the users: %1 of %2…</source>
        <extracomment>While the users&apos; space template assignments are read, one user at a time</extracomment>
        <translation>Parcours des utilisateurs&#xa0;: %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n user(s).</source>
        <translation>
            <numerusform>Attribué à %n utilisateur.</numerusform>
            <numerusform>Attribué à %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Attribution…</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>Non attribué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not assigned: the cluster has no user «%1».</source>
        <translation>Non attribué&#xa0;: le cluster n’a pas d’utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>«%1» already has this space template.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà ce modèle d’espace.</translation>
    </message>
    <message>
        <source>Assigned to «%1».</source>
        <translation>Attribué à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not unassigned: %1</source>
        <translation>Attribution non retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unassigned from «%1».</source>
        <translation>Attribution retirée à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>views::TemporarySpacesPage</name>
    <message>
        <source>The scheduler makes a space for a meeting booked without one. The server deletes it in a job that runs every day at 01:15 GMT, once the meeting ended 24 hours or more before. Listed: the spaces a meeting scheduler made. Times are in your time zone, with GMT beside.</source>
        <translation>Le planificateur crée un espace pour une réunion réservée sans espace. Le serveur le supprime dans une tâche qui s&apos;exécute chaque jour à 01:15 GMT, une fois la réunion terminée depuis 24 heures ou plus. Liste : les espaces créés par un planificateur de réunions. Les heures sont dans votre fuseau horaire, avec l&apos;heure GMT à côté.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Temporary spaces</source>
        <translation>Espaces temporaires</translation>
    </message>
    <message>
        <source>One row per space the scheduler made: its name, its URI, whether its meeting is running, and when the server deletes it</source>
        <translation>Une ligne par espace créé par le planificateur : son nom, son URI, si sa réunion est en cours, et quand le serveur le supprime</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the spaces and the calls again (F5)</source>
        <translation>Relire les espaces et les appels (F5)</translation>
    </message>
    <message>
        <source>Reading the spaces… %1 of %2</source>
        <extracomment>%1 and %2: numbers of spaces</extracomment>
        <translation>Lecture des espaces… %1 sur %2</translation>
    </message>
    <message>
        <source>The spaces could not be read: %1</source>
        <translation>Impossible de lire les espaces : %1</translation>
    </message>
    <message>
        <source>Reading the spaces and the calls…</source>
        <translation>Lecture des espaces et des appels…</translation>
    </message>
    <message>
        <source>No space made by a meeting scheduler.</source>
        <translation>Aucun espace créé par un planificateur de réunions.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary space(s).</source>
        <translation>
            <numerusform>%n espace temporaire.</numerusform>
            <numerusform>%n espaces temporaires.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::TrustDialog</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is not trusted by this computer.</source>
        <translation>Le certificat du pont d&apos;appel %1 n&apos;est pas approuvé par cet ordinateur.</translation>
    </message>
    <message>
        <source>It may be a self-signed certificate, as call bridges often use, or someone may be intercepting the connection. Compare the fingerprint below with the one the call bridge&apos;s administrator gives you before you trust it.</source>
        <translation>Il peut s&apos;agir d&apos;un certificat autosigné, comme les ponts d&apos;appel en utilisent souvent, ou quelqu&apos;un intercepte peut-être la connexion. Comparez l&apos;empreinte ci-dessous avec celle que vous communique l&apos;administrateur du pont d&apos;appel avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>If you trust it, the console will accept this one certificate for this one call bridge only, recognised by its SHA-256 fingerprint. If the call bridge presents another certificate later, the console will refuse the connection.</source>
        <translation>Si vous l&apos;approuvez, la console acceptera ce seul certificat pour ce seul pont d&apos;appel, reconnu par son empreinte SHA-256. Si le pont d&apos;appel présente plus tard un autre certificat, la console refusera la connexion.</translation>
    </message>
    <message>
        <source>Trust this certificate for this bridge</source>
        <translation>Approuver ce certificat pour ce pont d&apos;appel</translation>
    </message>
    <message>
        <source>I have checked this certificate and its fingerprint with the call bridge&apos;s administrator</source>
        <translation>J&apos;ai vérifié ce certificat et son empreinte auprès de l&apos;administrateur du pont d&apos;appel</translation>
    </message>
    <message>
        <source>Trusting a certificate with this problem needs this box ticked first.</source>
        <translation>Pour faire confiance à un certificat qui présente ce problème, cochez d&apos;abord cette case.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 has expired.</source>
        <translation>Le certificat du pont d&apos;appel %1 a expiré.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is not valid yet.</source>
        <translation>Le certificat du pont d&apos;appel %1 n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is made out to another name.</source>
        <translation>Le certificat du pont d&apos;appel %1 est établi pour un autre nom.</translation>
    </message>
    <message>
        <source>Trust it anyway for this bridge</source>
        <translation>Lui faire confiance quand même pour ce pont</translation>
    </message>
</context>
</TS>
