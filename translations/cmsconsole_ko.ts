<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CmsError</name>
    <message>
        <location filename="../cms/cmserror.cpp" line="73"/>
        <source>The call bridge could not be reached. Check the address and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="75"/>
        <source>A secure connection to the call bridge could not be set up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="77"/>
        <source>The call bridge&apos;s certificate is not trusted by this computer. Check its fingerprint with the server&apos;s administrator before trusting it for this call bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="80"/>
        <source>The call bridge presented a different certificate from the one trusted for it. Someone may be intercepting the connection, or the certificate was replaced; the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="83"/>
        <source>The user name or password was not accepted by the call bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="87"/>
        <source>The call bridge answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="89"/>
        <source>The call bridge is busy and did not accept the request after several tries. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="91"/>
        <source>The call bridge redirected the request elsewhere (HTTP %1); redirects are not followed. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="93"/>
        <source>The call bridge&apos;s reply could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="95"/>
        <source>The call bridge&apos;s reply is larger than this console accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="97"/>
        <source>The call bridge did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="99"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="101"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="111"/>
        <source>The space does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="112"/>
        <source>The access method does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="113"/>
        <source>This user is not a member of the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="114"/>
        <source>The call profile does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="115"/>
        <source>The call leg profile does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="116"/>
        <source>The space template does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="117"/>
        <source>The access method template does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="118"/>
        <source>The call does not exist: it may have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="119"/>
        <source>The call leg does not exist: the participant may have left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="120"/>
        <source>The participant is no longer in the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="121"/>
        <source>The call bridge does not exist in this cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="122"/>
        <source>The call bridge group does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="123"/>
        <source>The tenant does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="124"/>
        <source>No user has this JID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="125"/>
        <source>The dial-in security profile does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="126"/>
        <source>Another space already uses this URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="127"/>
        <source>Another space already uses this call ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="128"/>
        <source>This space already has a way in with the same URI and passcode; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="129"/>
        <source>This space already has a way in with the same call ID and passcode; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="130"/>
        <source>Another space already uses this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="131"/>
        <source>Another call bridge already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="132"/>
        <source>The server does not allow this operation on this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="133"/>
        <source>The meeting is full: its participant limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="134"/>
        <source>The tenant&apos;s participant limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="135"/>
        <source>This participant cannot be disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="136"/>
        <source>This participant cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="137"/>
        <source>This call leg cannot be disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="138"/>
        <source>The call bridge that should handle this is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="139"/>
        <source>No call bridge of the group is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="140"/>
        <source>The passcode is shorter than the dial-in security profile allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="141"/>
        <source>The server&apos;s database is not ready yet. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="143"/>
        <source>The server does not know this kind of object; it may run an older CMS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="146"/>
        <source>This participant cannot be moved to that meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="148"/>
        <source>The value of “%1” was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="150"/>
        <source>“%1” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="152"/>
        <source>The value of “%1” is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="153"/>
        <source>The parameter “%1” was not accepted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/cmserror.cpp" line="155"/>
        <source>The call bridge refused the request: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <location filename="../cms/credentialstore.cpp" line="48"/>
        <source>The system keychain is not available, so the password cannot be read or saved. Make sure your desktop&apos;s keyring (secret service) is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/credentialstore.cpp" line="52"/>
        <source>Access to the system keychain was refused. Unlock the keyring or allow CMS Console to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/credentialstore.cpp" line="55"/>
        <source>The password is too long to be kept in the system keychain (at most %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/credentialstore.cpp" line="58"/>
        <source>The password cannot be kept: the cluster name, the call bridge address or the user name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/credentialstore.cpp" line="62"/>
        <source>The system keychain reported an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/credentialstore.cpp" line="63"/>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlCommandLine</name>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="15"/>
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

TYPE is a collection name as in the API (coSpaces, callLegProfiles…; any case), or a nested one
such as coSpaces/ID/accessMethods. The password comes from the keychain (after login), from
--password-stdin or from the CMS_PASSWORD environment variable; never from an argument.
--url, --user and the password may also come from CMS_URL and CMS_USER.
Exit codes: 0 done, 1 the server refused, 2 usage or invalid input, 3 connection, TLS or authentication problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="64"/>
        <source>A password is never taken from an argument (it would show in the process list and the shell history). Use --password-stdin, CMS_PASSWORD or cmsctl login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="80"/>
        <source>--pin is given once per --url, in the same order: %n pin(s) for fewer addresses.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="87"/>
        <source>“%1” is not a SHA-256 fingerprint: give 64 hexadecimal digits, with or without colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="96"/>
        <source>--timeout takes a whole number of seconds, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="104"/>
        <source>--max takes a whole number, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="111"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="116"/>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="120"/>
        <source>No call bridge address: give --url https://host[:port] or set CMS_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="124"/>
        <source>No API user: give --user or set CMS_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="137"/>
        <source>“%1” is not a KEY=VALUE pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="146"/>
        <source>Wrong number of arguments for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="150"/>
        <source>Nothing to create: give KEY=VALUE pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlinvocation.cpp" line="154"/>
        <source>Nothing to change: give KEY=VALUE pairs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="61"/>
        <source>login needs the password on stdin (--password-stdin) or in CMS_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="88"/>
        <source>No PEM certificate could be read from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="115"/>
        <source>No password for %1 on %2: run cmsctl login first, or use --password-stdin or CMS_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="178"/>
        <source>Password for %1 on %2 checked and stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="245"/>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="269"/>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="348"/>
        <source>“%1” is not a collection of the CMS API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="250"/>
        <source>%1 cannot be changed through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="339"/>
        <source>Updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cmsctl/ctlrunner.cpp" line="359"/>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../cms/endpoint.cpp" line="14"/>
        <source>Enter the call bridge&apos;s address, for example cms1.example.com:445.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/endpoint.cpp" line="15"/>
        <source>Only https:// addresses are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/endpoint.cpp" line="16"/>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/endpoint.cpp" line="17"/>
        <source>“%1” is not a valid port: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/endpoint.cpp" line="18"/>
        <source>Give the address only, without a path: the API path is added by the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="81"/>
        <source>“%1” is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="83"/>
        <source>“%1” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="104"/>
        <source>%1 are only available from CMS %2 on; this server runs CMS %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="108"/>
        <source>%1 cannot be created through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="110"/>
        <source>%1 cannot be changed through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="117"/>
        <source>“%1” is reported by the server and cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="119"/>
        <source>“%1” can only be set when creating; it cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="121"/>
        <source>“%1” can only be used on an existing object, not when creating one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="123"/>
        <source>“%1” needs CMS %2 or later; this server runs CMS %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="127"/>
        <source>“%1” was removed in CMS %2; this server runs CMS %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="146"/>
        <source>Unknown parameter “%1”; did you mean “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="147"/>
        <source>Unknown parameter “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cms/schemavalidation.cpp" line="183"/>
        <location filename="../cms/schemavalidation.cpp" line="242"/>
        <source>“%1” can be at most %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="191"/>
        <source>“%1” must be “true” or “false”, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="199"/>
        <source>“%1” must be a whole number of seconds, zero or more, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="200"/>
        <source>“%1” must be a whole number, zero or more, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="207"/>
        <source>“%1” must be %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="208"/>
        <source>“%1” must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="216"/>
        <source>“%1” may contain only digits; “%2” is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cms/schemavalidation.cpp" line="219"/>
        <source>“%1” can be at most %n digits long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="228"/>
        <source>“%1” is the part before the @ only: leave out the @ and the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="231"/>
        <source>“%1” cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="234"/>
        <source>“%1” has a “%” that is not followed by two hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="238"/>
        <source>“%1” cannot contain “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="250"/>
        <source>“%1” may contain only letters, digits, “.”, “-”, “_” and one “$”; “%2” is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="256"/>
        <source>“%1” must contain exactly one “$”, which stands for the generated part, as in $.guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="265"/>
        <source>“%1” must contain “$index$” exactly once; it stands for the number of each space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="282"/>
        <source>“%1” must be a user address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="290"/>
        <source>“%1” must be a complete URL with a scheme and a host, such as https://cms1.example.com:445.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="297"/>
        <source>“%1” cannot be “%2”. Possible values: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="302"/>
        <source>The value “%2” of “%1” needs CMS %3 or later; this server runs CMS %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="312"/>
        <source>“%1” must be the id of an object, a GUID such as 6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemavalidation.cpp" line="331"/>
        <source>The last index cannot be smaller than the first index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <location filename="../cms/schemafields.cpp" line="139"/>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="140"/>
        <source>Call profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="143"/>
        <source>Call leg profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="147"/>
        <source>Dial-in security profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="183"/>
        <source>System status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="186"/>
        <source>Software version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="187"/>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="188"/>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="189"/>
        <source>Clustered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="190"/>
        <source>CDR time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="191"/>
        <source>Active call legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="192"/>
        <source>Most call legs active at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="193"/>
        <source>Completed call legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="194"/>
        <source>Outgoing audio bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="195"/>
        <source>Incoming audio bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="196"/>
        <source>Outgoing video bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="197"/>
        <source>Incoming video bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="204"/>
        <source>System profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="217"/>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="219"/>
        <location filename="../cms/schemafields.cpp" line="233"/>
        <location filename="../cms/schemafields.cpp" line="246"/>
        <location filename="../cms/schemafields.cpp" line="256"/>
        <location filename="../cms/schemafields.cpp" line="289"/>
        <location filename="../cms/schemafields.cpp" line="329"/>
        <location filename="../cms/schemafields.cpp" line="375"/>
        <location filename="../cms/schemafields.cpp" line="417"/>
        <location filename="../cms/schemafields.cpp" line="430"/>
        <location filename="../cms/schemafields.cpp" line="447"/>
        <location filename="../cms/schemafields.cpp" line="497"/>
        <location filename="../cms/schemafields.cpp" line="519"/>
        <location filename="../cms/schemafields.cpp" line="563"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="224"/>
        <location filename="../cms/schemafields.cpp" line="356"/>
        <source>Participant limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="231"/>
        <source>Call bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="234"/>
        <source>Web Admin address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="235"/>
        <source>SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="236"/>
        <source>Call bridge group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="243"/>
        <source>Call bridge groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="247"/>
        <source>Load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="254"/>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="257"/>
        <location filename="../cms/schemafields.cpp" line="286"/>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="258"/>
        <source>Secondary URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="259"/>
        <location filename="../cms/schemafields.cpp" line="287"/>
        <source>Call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="260"/>
        <location filename="../cms/schemafields.cpp" line="288"/>
        <source>Passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="261"/>
        <location filename="../cms/schemafields.cpp" line="380"/>
        <source>Default layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="266"/>
        <location filename="../cms/schemafields.cpp" line="470"/>
        <source>Non-members may join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="267"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="268"/>
        <source>Owner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="269"/>
        <location filename="../cms/schemafields.cpp" line="291"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="270"/>
        <location filename="../cms/schemafields.cpp" line="292"/>
        <source>Generate a new secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="271"/>
        <source>CDR tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="272"/>
        <source>Streaming URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="273"/>
        <source>Meeting scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="274"/>
        <source>Generate a call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="275"/>
        <location filename="../cms/schemafields.cpp" line="319"/>
        <source>Generated automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="276"/>
        <location filename="../cms/schemafields.cpp" line="283"/>
        <source>Access methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="294"/>
        <source>Scope</source>
        <extracomment>Who may see an access method in the apps: public, private, or members (from CMS 3.2).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="296"/>
        <location filename="../cms/schemafields.cpp" line="531"/>
        <location filename="../cms/schemafields.cpp" line="578"/>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="304"/>
        <source>Space members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="307"/>
        <location filename="../cms/schemafields.cpp" line="328"/>
        <location filename="../cms/schemafields.cpp" line="566"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="308"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="310"/>
        <source>Can delete the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="311"/>
        <source>Can add and remove members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="312"/>
        <source>Can change the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="313"/>
        <source>Can change the URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="314"/>
        <source>Can change the call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="315"/>
        <source>Can change the passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="316"/>
        <source>Can leave the space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="317"/>
        <source>Can delete all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="318"/>
        <source>Can let non-members join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="326"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="330"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="340"/>
        <source>User space templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="344"/>
        <source>Space template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="353"/>
        <source>Call profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="357"/>
        <location filename="../cms/schemafields.cpp" line="507"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="359"/>
        <source>Lock applies to</source>
        <extracomment>Whom a locked meeting keeps out: everyone new, or only guests who wait for a host.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="360"/>
        <location filename="../cms/schemafields.cpp" line="508"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="361"/>
        <location filename="../cms/schemafields.cpp" line="509"/>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="363"/>
        <source>Empty passcode</source>
        <extracomment>What counts as an empty passcode: pressing # (required) or silence (timeout).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="364"/>
        <source>Passcode timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="365"/>
        <source>Message board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="372"/>
        <source>Call leg profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="376"/>
        <location filename="../cms/schemafields.cpp" line="577"/>
        <source>Waits in the lobby for a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="377"/>
        <source>When the last host leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="379"/>
        <source>Delay after the last host leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="381"/>
        <source>May change the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="382"/>
        <source>Participant labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="383"/>
        <source>May present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="384"/>
        <source>May view presentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="385"/>
        <source>May end the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="386"/>
        <source>May mute others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="387"/>
        <source>May stop others&apos; video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="388"/>
        <source>May mute themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="389"/>
        <source>May stop their own video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="390"/>
        <source>May disconnect others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="391"/>
        <source>May add participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="392"/>
        <location filename="../cms/schemafields.cpp" line="526"/>
        <location filename="../cms/schemafields.cpp" line="580"/>
        <source>Others cannot hear them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="393"/>
        <location filename="../cms/schemafields.cpp" line="527"/>
        <location filename="../cms/schemafields.cpp" line="581"/>
        <source>They cannot hear others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="394"/>
        <location filename="../cms/schemafields.cpp" line="528"/>
        <location filename="../cms/schemafields.cpp" line="582"/>
        <source>Others cannot see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="395"/>
        <location filename="../cms/schemafields.cpp" line="529"/>
        <location filename="../cms/schemafields.cpp" line="583"/>
        <source>They cannot see others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="396"/>
        <source>Join tone up to participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="397"/>
        <source>Leave tone up to participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="398"/>
        <source>Longest call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="399"/>
        <source>Main video quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="401"/>
        <source>Presentation quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="403"/>
        <source>Participant counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="405"/>
        <source>SIP media encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="414"/>
        <source>Dial-in security profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="418"/>
        <source>Shortest passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="419"/>
        <source>Existing shorter passcodes still work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="426"/>
        <source>Space templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="431"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="435"/>
        <location filename="../cms/schemafields.cpp" line="444"/>
        <source>Access method templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="448"/>
        <source>URI pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="450"/>
        <source>Generate a unique call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="459"/>
        <source>Bulk space parameter sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="462"/>
        <source>First index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="463"/>
        <source>Last index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="464"/>
        <source>URI mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="465"/>
        <source>Name mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="466"/>
        <source>Call ID mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="477"/>
        <source>Bulk space synchronisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="482"/>
        <source>Parameter set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="484"/>
        <source>Delete the spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="485"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="495"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="498"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="499"/>
        <source>Call correlator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="501"/>
        <source>Call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="502"/>
        <location filename="../cms/schemafields.cpp" line="533"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="503"/>
        <location filename="../cms/schemafields.cpp" line="516"/>
        <location filename="../cms/schemafields.cpp" line="574"/>
        <source>Call legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="504"/>
        <source>Participants here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="505"/>
        <source>Participants on other call bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="506"/>
        <source>Other call bridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="520"/>
        <source>Remote party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="521"/>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="522"/>
        <location filename="../cms/schemafields.cpp" line="564"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="523"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="524"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="525"/>
        <location filename="../cms/schemafields.cpp" line="569"/>
        <source>Can be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="530"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="532"/>
        <location filename="../cms/schemafields.cpp" line="575"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="534"/>
        <location filename="../cms/schemafields.cpp" line="579"/>
        <source>Waiting in the lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="535"/>
        <source>Received audio codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="536"/>
        <source>Received audio bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="537"/>
        <source>Received audio jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="538"/>
        <source>Received audio packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="539"/>
        <source>Sent audio codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="540"/>
        <source>Sent audio bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="541"/>
        <source>Audio round trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="542"/>
        <source>Received video codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="543"/>
        <source>Received video bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="544"/>
        <source>Received video jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="545"/>
        <source>Received video packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="546"/>
        <source>Sent video codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="547"/>
        <source>Sent video bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="548"/>
        <source>Video round trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="549"/>
        <source>Packet loss alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="550"/>
        <source>Jitter alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="551"/>
        <source>Round trip time alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="559"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="565"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="568"/>
        <source>Host</source>
        <extracomment>Yes/no column: the participant lets guests out of the lobby (a host).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="570"/>
        <source>Moved from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="571"/>
        <source>Moved from call bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="573"/>
        <source>Hosting call bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="576"/>
        <source>Address to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/schemafields.cpp" line="584"/>
        <source>Only these participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cms::ApiTrace</name>
    <message>
        <location filename="../cms/apitrace.cpp" line="525"/>
        <source>%1  %2  %3 ms</source>
        <extracomment>Trace heading: start time, call bridge (host:port), duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/apitrace.cpp" line="535"/>
        <source>(no reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cms/apitrace.cpp" line="580"/>
        <source># %1 marks a secret the trace does not keep: put the real value in its place before running.</source>
        <extracomment>A shell comment above a curl command; %1 is the &quot;(redacted)&quot; placeholder</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
