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
        <source>Give --pin once per --url, in the same order: %n pin(s) given for fewer addresses.</source>
        <translation>
            <numerusform>Indiquez --pin une fois par --url, dans le même ordre&#xa0;: %n empreinte donnée pour moins d&apos;adresses.</numerusform>
            <numerusform>Indiquez --pin une fois par --url, dans le même ordre&#xa0;: %n empreintes données pour moins d&apos;adresses.</numerusform>
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
  move PARTICIPANT --to CALL  move a participant to another call (checked, then verified)
  dial CALL URI              dial out from a call
  end CALL                   end a call for everyone
  mute PARTICIPANT [--video] [--off]   mute (or unmute) a participant&apos;s audio or video
  watch [--max N]            live changes of every call bridge as JSON lines, until interrupted

TYPE is a collection name as in the API (coSpaces, callLegProfiles…; any case), or a nested one
such as coSpaces/ID/accessMethods. The password comes from the keychain (after login), from
--password-stdin or from the CMS_PASSWORD environment variable; never from an argument.
--url and --user may also come from CMS_URL and CMS_USER.
Exit codes: 0 done, 1 the server refused, 2 usage or invalid input, 3 connection, TLS or authentication problem.</source>
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
  move PARTICIPANT --to CALL  déplace un participant vers un autre appel (contrôle préalable, puis vérification)
  dial CALL URI              passe un appel sortant depuis un appel
  end CALL                   met fin à un appel pour tous les participants
  mute PARTICIPANT [--video] [--off]   coupe (ou rétablit) l&apos;audio ou la vidéo d&apos;un participant
  watch [--max N]            les changements en direct de tous les ponts d&apos;appel, en lignes JSON, jusqu&apos;à interruption

TYPE est un nom de collection tel qu&apos;il figure dans l&apos;API (coSpaces, callLegProfiles…&#xa0;; casse indifférente),
ou un nom imbriqué comme coSpaces/ID/accessMethods. Le mot de passe provient du trousseau (après login),
de --password-stdin ou de la variable d&apos;environnement CMS_PASSWORD&#xa0;; jamais d&apos;un argument.
--url, --user et le mot de passe peuvent aussi provenir de CMS_URL et CMS_USER.
Codes de sortie&#xa0;: 0 terminé, 1 refus du serveur, 2 erreur d&apos;utilisation ou saisie non valide, 3 problème de connexion, de TLS ou d&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>CtlLiveCommands</name>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
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
        <translation>Mot de passe de %1 sur %2 vérifié et enregistré dans le trousseau.</translation>
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
        <source>“%1” can be at most %n characters long.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» peut comporter au maximum %n caractère.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» peut comporter au maximum %n caractères.</numerusform>
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
        <source>“%1” can be at most %n digits long.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» peut comporter au maximum %n chiffre.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» peut comporter au maximum %n chiffres.</numerusform>
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
        <source>“%1” may contain only letters, digits, “.”, “-”, “_” and one “$”; “%2” is not allowed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et un seul «&#xa0;$&#xa0;»&#xa0;; «&#xa0;%2&#xa0;» n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>“%1” must contain exactly one “$”, which stands for the generated part, as in $.guest.</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir exactement un «&#xa0;$&#xa0;», qui représente la partie générée, comme dans $.guest.</translation>
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
        <translation>Les non-membres peuvent rejoindre</translation>
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
        <translation>Peut autoriser les non-membres à rejoindre</translation>
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
    <name>cms::Connection</name>
    <message numerus="yes">
        <source>The primary call bridge %1 has answered again for %n second(s).</source>
        <translation>
            <numerusform>Le pont d&apos;appel principal %1 répond de nouveau depuis %n seconde.</numerusform>
            <numerusform>Le pont d&apos;appel principal %1 répond de nouveau depuis %n secondes.</numerusform>
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
    <name>cms::MuteOperation</name>
    <message>
        <source>Mute the audio of %1 on %2 (PUT /%3)</source>
        <translation>Couper le micro de %1 sur %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Unmute the audio of %1 on %2 (PUT /%3)</source>
        <translation>Rétablir le micro de %1 sur %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Stop the video of %1 on %2 (PUT /%3)</source>
        <translation>Couper la vidéo de %1 sur %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Restore the video of %1 on %2 (PUT /%3)</source>
        <translation>Rétablir la vidéo de %1 sur %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>The server accepted the change, but the call leg still shows the old mute state.</source>
        <translation>Le serveur a accepté la modification, mais la branche d&apos;appel indique toujours l&apos;ancien état de coupure.</translation>
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
    <name>cms::StartMeetingOperation</name>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <translation>Préparer l&apos;espace «&#xa0;%1&#xa0;» pour la réunion&#xa0;: %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Start the meeting of “%1” on %2 (POST /calls coSpace=%3)</source>
        <translation>Démarrer la réunion de «&#xa0;%1&#xa0;» sur %2 (POST /calls coSpace=%3)</translation>
    </message>
    <message>
        <source>The call that started does not belong to the space.</source>
        <translation>L&apos;appel qui a démarré n&apos;appartient pas à l&apos;espace.</translation>
    </message>
</context>
</TS>
