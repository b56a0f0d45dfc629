<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CmsError</name>
    <message>
        <source>The call bridge could not be reached. Check the address and port, and that the server is running.</source>
        <translation>콜 브리지에 연결할 수 없습니다. 주소와 포트를 확인하고 서버가 실행 중인지 확인하십시오.</translation>
    </message>
    <message>
        <source>A secure connection to the call bridge could not be set up (%1).</source>
        <translation>콜 브리지와의 보안 연결을 설정할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is not trusted by this computer. Check its fingerprint with the server&apos;s administrator before trusting it for this call bridge.</source>
        <translation>이 컴퓨터는 콜 브리지의 인증서를 신뢰하지 않습니다. 이 콜 브리지에 대해 인증서를 신뢰하기 전에 서버 관리자와 함께 인증서 지문을 확인하십시오.</translation>
    </message>
    <message>
        <source>The call bridge presented a different certificate from the one trusted for it. Someone may be intercepting the connection, or the certificate was replaced; the connection was refused.</source>
        <translation>콜 브리지가 신뢰하도록 지정된 인증서와 다른 인증서를 제시했습니다. 누군가 연결을 가로채고 있거나 인증서가 교체되었을 수 있습니다. 연결이 거부되었습니다.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted by the call bridge.</source>
        <translation>콜 브리지가 사용자 이름 또는 비밀번호를 수락하지 않았습니다.</translation>
    </message>
    <message>
        <source>The call bridge answered with an unexpected status (HTTP %1).</source>
        <translation>콜 브리지가 예기치 않은 상태로 응답했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>The call bridge is busy and did not accept the request after several tries. Try again later.</source>
        <translation>콜 브리지가 사용 중이어서 여러 번 시도했지만 요청을 수락하지 않았습니다. 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The call bridge redirected the request elsewhere (HTTP %1); redirects are not followed. Check the address.</source>
        <translation>콜 브리지가 요청을 다른 곳으로 리디렉션했습니다(HTTP %1). 리디렉션은 따르지 않습니다. 주소를 확인하십시오.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s reply could not be read.</source>
        <translation>콜 브리지의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s reply is larger than this console accepts.</source>
        <translation>콜 브리지의 응답이 이 콘솔에서 허용하는 크기보다 큽니다.</translation>
    </message>
    <message>
        <source>The call bridge did not answer in time.</source>
        <translation>콜 브리지가 제한 시간 내에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a field, %2 the sentence saying what is wrong with its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The space does not exist (it may have been deleted).</source>
        <translation>스페이스가 존재하지 않습니다(삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>The access method does not exist (it may have been deleted).</source>
        <translation>액세스 방법이 존재하지 않습니다(삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>This user is not a member of the space.</source>
        <translation>이 사용자는 스페이스의 멤버가 아닙니다.</translation>
    </message>
    <message>
        <source>The call profile does not exist.</source>
        <translation>통화 프로필이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The call leg profile does not exist.</source>
        <translation>콜 레그 프로필이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The space template does not exist.</source>
        <translation>스페이스 템플릿이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The access method template does not exist.</source>
        <translation>액세스 방법 템플릿이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The call does not exist: it may have ended.</source>
        <translation>통화가 존재하지 않습니다. 통화가 종료되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The call leg does not exist: the participant may have left.</source>
        <translation>콜 레그가 존재하지 않습니다. 참가자가 나갔을 수 있습니다.</translation>
    </message>
    <message>
        <source>The participant is no longer in the call.</source>
        <translation>참가자가 더 이상 통화에 참여하고 있지 않습니다.</translation>
    </message>
    <message>
        <source>The call bridge does not exist in this cluster.</source>
        <translation>이 클러스터에 해당 콜 브리지가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The call bridge group does not exist.</source>
        <translation>콜 브리지 그룹이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The tenant does not exist.</source>
        <translation>테넌트가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>No user has this JID.</source>
        <translation>이 JID를 가진 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>The dial-in security profile does not exist.</source>
        <translation>다이얼인 보안 프로필이 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Another space already uses this URI.</source>
        <translation>다른 스페이스에서 이미 이 URI를 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Another space already uses this call ID.</source>
        <translation>다른 스페이스에서 이미 이 통화 ID를 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>This space already has a way in with the same URI and passcode; change one of them.</source>
        <translation>이 스페이스에는 같은 URI와 암호를 사용하는 접속 방법이 이미 있습니다. 둘 중 하나를 변경하십시오.</translation>
    </message>
    <message>
        <source>This space already has a way in with the same call ID and passcode; change one of them.</source>
        <translation>이 스페이스에는 같은 통화 ID와 암호를 사용하는 접속 방법이 이미 있습니다. 둘 중 하나를 변경하십시오.</translation>
    </message>
    <message>
        <source>Another space already uses this secret.</source>
        <translation>다른 스페이스에서 이미 이 시크릿을 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Another call bridge already has this name.</source>
        <translation>다른 콜 브리지가 이미 이 이름을 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>The server does not allow this operation on this object.</source>
        <translation>서버에서 이 개체에 대한 이 작업을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>The meeting is full: its participant limit is reached.</source>
        <translation>회의가 가득 찼습니다. 참가자 수 제한에 도달했습니다.</translation>
    </message>
    <message>
        <source>The tenant&apos;s participant limit is reached.</source>
        <translation>테넌트의 참가자 수 제한에 도달했습니다.</translation>
    </message>
    <message>
        <source>This participant cannot be disconnected.</source>
        <translation>이 참가자의 연결을 끊을 수 없습니다.</translation>
    </message>
    <message>
        <source>This participant cannot be changed.</source>
        <translation>이 참가자는 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>This call leg cannot be disconnected.</source>
        <translation>이 콜 레그의 연결을 끊을 수 없습니다.</translation>
    </message>
    <message>
        <source>The call bridge that should handle this is unavailable.</source>
        <translation>이 요청을 처리해야 하는 콜 브리지를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>No call bridge of the group is available.</source>
        <translation>그룹에 사용 가능한 콜 브리지가 없습니다.</translation>
    </message>
    <message>
        <source>The passcode is shorter than the dial-in security profile allows.</source>
        <translation>암호가 다이얼인 보안 프로필에서 허용하는 길이보다 짧습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not ready yet. Try again in a moment.</source>
        <translation>서버의 데이터베이스가 아직 준비되지 않았습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server does not know this kind of object; it may run an older CMS version.</source>
        <translation>서버가 이 유형의 개체를 인식하지 못합니다. 서버에서 이전 버전의 CMS를 실행 중일 수 있습니다.</translation>
    </message>
    <message>
        <source>This participant cannot be moved to that meeting.</source>
        <translation>이 참가자를 해당 회의로 이동할 수 없습니다.</translation>
    </message>
    <message>
        <source>The value of “%1” was not accepted.</source>
        <translation>“%1” 값이 수락되지 않았습니다.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1” 매개변수는 필수입니다.</translation>
    </message>
    <message>
        <source>The value of “%1” is already in use.</source>
        <translation>“%1” 값이 이미 사용 중입니다.</translation>
    </message>
    <message>
        <source>The parameter “%1” was not accepted (%2).</source>
        <translation>“%1” 매개변수가 수락되지 않았습니다(%2).</translation>
    </message>
    <message>
        <source>The call bridge refused the request: %1.</source>
        <translation>콜 브리지가 요청을 거부했습니다(사유: %1).</translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>The system keychain is not available, so the password cannot be read or saved. Make sure your desktop&apos;s keyring (secret service) is running and unlocked, then try again.</source>
        <translation>시스템 키체인을 사용할 수 없어 비밀번호를 읽거나 저장할 수 없습니다. 데스크톱의 키링(Secret Service)이 실행 중이고 잠금 해제되어 있는지 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Unlock the keyring or allow CMS Console to use it, then try again.</source>
        <translation>시스템 키체인에 대한 액세스가 거부되었습니다. 키링의 잠금을 해제하거나 CMS Console이 키링을 사용하도록 허용한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The password is too long to be kept in the system keychain (at most %1 bytes).</source>
        <translation>비밀번호가 너무 길어 시스템 키체인에 보관할 수 없습니다(최대 %1바이트).</translation>
    </message>
    <message>
        <source>The password cannot be kept: the cluster name, the call bridge address or the user name is missing.</source>
        <translation>비밀번호를 보관할 수 없습니다. 클러스터 이름, 콜 브리지 주소 또는 사용자 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The system keychain reported an unknown error.</source>
        <translation>시스템 키체인에서 알 수 없는 오류를 보고했습니다.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>시스템 키체인에서 오류를 보고했습니다: %1</translation>
    </message>
</context>
<context>
    <name>CtlCommandLine</name>
    <message>
        <source>A password is never taken from an argument (it would show in the process list and the shell history). Use --password-stdin, CMS_PASSWORD or cmsctl login.</source>
        <translation>비밀번호는 인수로 받지 않습니다(프로세스 목록과 셸 기록에 노출되기 때문입니다). --password-stdin, CMS_PASSWORD 또는 cmsctl login을 사용하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Give --pin once per --url, in the same order: %n pin(s) given for fewer addresses.</source>
        <translation>
            <numerusform>--pin은 --url마다 한 번씩 같은 순서로 지정하십시오. 주소보다 많은 %n개의 지문이 지정되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint: give 64 hexadecimal digits, with or without colons.</source>
        <translation>“%1”은(는) SHA-256 지문이 아닙니다. 콜론 포함 여부와 관계없이 16진수 64자리를 입력하십시오.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds, at least 1.</source>
        <translation>--timeout에는 1 이상의 정수(초)를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--max takes a whole number, at least 1.</source>
        <translation>--max에는 1 이상의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>명령을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>“%1”은(는) 알 수 없는 명령입니다.</translation>
    </message>
    <message>
        <source>No call bridge address: give --url https://host[:port] or set CMS_URL.</source>
        <translation>콜 브리지 주소가 없습니다. --url https://host[:port]를 지정하거나 CMS_URL을 설정하십시오.</translation>
    </message>
    <message>
        <source>No API user: give --user or set CMS_USER.</source>
        <translation>API 사용자가 없습니다. --user를 지정하거나 CMS_USER를 설정하십시오.</translation>
    </message>
    <message>
        <source>“%1” is not a KEY=VALUE pair.</source>
        <translation>“%1”은(는) KEY=VALUE 쌍이 아닙니다.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1”.</source>
        <translation>“%1”의 인수 개수가 잘못되었습니다.</translation>
    </message>
    <message>
        <source>Nothing to create: give KEY=VALUE pairs.</source>
        <translation>만들 내용이 없습니다. KEY=VALUE 쌍을 지정하십시오.</translation>
    </message>
    <message>
        <source>Nothing to change: give KEY=VALUE pairs.</source>
        <translation>변경할 내용이 없습니다. KEY=VALUE 쌍을 지정하십시오.</translation>
    </message>
    <message>
        <source>move needs the target call: --to CALL.</source>
        <translation>move에는 대상 통화가 필요합니다. --to CALL을 지정하십시오.</translation>
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
        <translation>사용법: cmsctl [--url https://host[:port]]… [--user USER] [--password-stdin] [--pin SHA256]… [--ca FILE] [--json] [--trace] [--timeout SECONDS] COMMAND …

명령:
  login                      비밀번호를 확인하고 시스템 키체인에 저장
  status                     콜 브리지의 /system/status
  bridges                    /callBridges로 찾은 클러스터의 콜 브리지
  list TYPE [--filter TEXT] [--max N]   컬렉션의 모든 개체(모든 페이지)
  get PATH                   개체 하나(예: coSpaces/ID)
  create TYPE KEY=VALUE…     개체를 만들고 해당 id를 출력
  update TYPE ID KEY=VALUE…  지정한 필드만 변경(KEY=는 해당 필드의 값을 해제)
  delete TYPE ID             개체 삭제
  calls                      클러스터의 모든 통화(통화당 한 줄, 해당 콜 브리지 포함)
  participants CALL          통화의 참가자
  move PARTICIPANT --to CALL  참가자를 다른 통화로 이동(사전 확인 후 결과 검증)
  dial CALL URI              통화에서 외부로 발신
  end CALL                   모든 참가자의 통화 종료
  mute PARTICIPANT [--video] [--off]   참가자의 오디오 또는 비디오 끄기(또는 다시 켜기)
  watch [--max N]            중단될 때까지 모든 콜 브리지의 실시간 변경 사항을 JSON 줄로 출력

TYPE은 API의 컬렉션 이름(coSpaces, callLegProfiles… 등, 대소문자 구분 없음) 또는 coSpaces/ID/accessMethods와
같은 중첩 이름입니다. 비밀번호는 키체인(login 이후), --password-stdin 또는 CMS_PASSWORD 환경 변수에서
가져오며, 인수에서는 절대 가져오지 않습니다.
--url, --user 및 비밀번호는 CMS_URL 및 CMS_USER에서 가져올 수도 있습니다.
종료 코드: 0 완료, 1 서버 거부, 2 사용법 오류 또는 잘못된 입력, 3 연결, TLS 또는 인증 문제.</translation>
    </message>
</context>
<context>
    <name>CtlLiveCommands</name>
    <message>
        <source>Done.</source>
        <translation>완료되었습니다.</translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>login needs the password on stdin (--password-stdin) or in CMS_PASSWORD.</source>
        <translation>login에는 stdin(--password-stdin) 또는 CMS_PASSWORD로 전달된 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from “%1”.</source>
        <translation>“%1”에서 PEM 인증서를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>No password for %1 on %2: run cmsctl login first, or use --password-stdin or CMS_PASSWORD.</source>
        <translation>%2의 사용자 %1에 대한 비밀번호가 없습니다. 먼저 cmsctl login을 실행하거나 --password-stdin 또는 CMS_PASSWORD를 사용하십시오.</translation>
    </message>
    <message>
        <source>Password for %1 on %2 checked and stored in the keychain.</source>
        <translation>%2의 사용자 %1 비밀번호를 확인하고 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a collection of the CMS API.</source>
        <translation>“%1”은(는) CMS API의 컬렉션이 아닙니다.</translation>
    </message>
    <message>
        <source>Objects of %1 cannot be created through the API.</source>
        <translation>%1 컬렉션의 개체는 API로 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Objects of %1 cannot be changed through the API.</source>
        <translation>%1 컬렉션의 개체는 API로 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation>변경되었습니다.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>삭제되었습니다.</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Enter the call bridge&apos;s address, for example cms1.example.com:445.</source>
        <translation>콜 브리지 주소를 입력하십시오(예: cms1.example.com:445).</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>https:// 주소만 지원됩니다.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>“%1”은(는) 올바른 호스트 이름 또는 IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port: use a number from 1 to 65535.</source>
        <translation>“%1”은(는) 올바른 포트가 아닙니다. 1에서 65535 사이의 숫자를 사용하십시오.</translation>
    </message>
    <message>
        <source>Give the address only, without a path: the API path is added by the console.</source>
        <translation>경로 없이 주소만 입력하십시오. API 경로는 콘솔에서 추가합니다.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>“%1” is given more than once.</source>
        <translation>“%1” 항목이 두 번 이상 지정되었습니다.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1” 항목은 필수입니다.</translation>
    </message>
    <message>
        <source>%1 are only available from CMS %2 on; this server runs CMS %3.</source>
        <translation>%1: CMS %2 이상에서만 사용할 수 있습니다. 이 서버의 버전은 CMS %3입니다.</translation>
    </message>
    <message>
        <source>%1 cannot be created through the API.</source>
        <translation>%1: API를 통해 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be changed through the API.</source>
        <translation>%1: API를 통해 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is reported by the server and cannot be set.</source>
        <translation>“%1” 항목은 서버에서 제공하는 값이므로 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” can only be set when creating; it cannot be changed afterwards.</source>
        <translation>“%1” 항목은 만들 때만 설정할 수 있으며 이후에는 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” can only be used on an existing object, not when creating one.</source>
        <translation>“%1” 항목은 기존 개체에만 사용할 수 있으며 개체를 만들 때는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” needs CMS %2 or later; this server runs CMS %3.</source>
        <translation>“%1” 항목에는 CMS %2 이상이 필요합니다. 이 서버의 버전은 CMS %3입니다.</translation>
    </message>
    <message>
        <source>“%1” was removed in CMS %2; this server runs CMS %3.</source>
        <translation>“%1” 항목은 CMS %2에서 제거되었습니다. 이 서버의 버전은 CMS %3입니다.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”; did you mean “%2”?</source>
        <translation>알 수 없는 매개변수입니다: “%1”. “%2”을(를) 입력하려고 하셨습니까?</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”.</source>
        <translation>알 수 없는 매개변수입니다: “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %n characters long.</source>
        <translation>
            <numerusform>“%1” 항목은 최대 %n자까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be “true” or “false”, not “%2”.</source>
        <translation>“%1” 항목은 “true” 또는 “false”여야 합니다(입력값: “%2”).</translation>
    </message>
    <message>
        <source>“%1” must be a whole number of seconds, zero or more, not “%2”.</source>
        <translation>“%1” 항목은 0 이상의 정수(초)여야 합니다(입력값: “%2”).</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, zero or more, not “%2”.</source>
        <translation>“%1” 항목은 0 이상의 정수여야 합니다(입력값: “%2”).</translation>
    </message>
    <message>
        <source>“%1” must be %2 or more.</source>
        <translation>“%1” 항목은 %2 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>“%1” 항목은 %2에서 %3 사이여야 합니다.</translation>
    </message>
    <message>
        <source>“%1” may contain only digits; “%2” is not a digit.</source>
        <translation>“%1” 항목에는 숫자만 사용할 수 있습니다. “%2”은(는) 숫자가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %n digits long.</source>
        <translation>
            <numerusform>“%1” 항목은 최대 %n자리까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the part before the @ only: leave out the @ and the domain.</source>
        <translation>“%1” 항목에는 @ 앞부분만 입력합니다. @와 도메인은 제외하십시오.</translation>
    </message>
    <message>
        <source>“%1” cannot contain spaces.</source>
        <translation>“%1” 항목에는 공백을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” has a “%” that is not followed by two hexadecimal digits.</source>
        <translation>“%1” 항목에 16진수 두 자리가 뒤따르지 않는 “%”가 있습니다.</translation>
    </message>
    <message>
        <source>“%1” cannot contain “%2”.</source>
        <translation>“%1” 항목에는 “%2”을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” may contain only letters, digits, “.”, “-”, “_” and one “$”; “%2” is not allowed.</source>
        <translation>“%1” 항목에는 문자, 숫자, “.”, “-”, “_” 및 “$” 하나만 사용할 수 있습니다. “%2”은(는) 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” must contain exactly one “$”, which stands for the generated part, as in $.guest.</source>
        <translation>“%1” 항목에는 생성되는 부분을 나타내는 “$”가 정확히 하나 있어야 합니다(예: $.guest).</translation>
    </message>
    <message>
        <source>“%1” must contain “$index$” exactly once; it stands for the number of each space.</source>
        <translation>“%1” 항목에는 “$index$”가 정확히 한 번 포함되어야 합니다. “$index$”는 각 스페이스의 번호를 나타냅니다.</translation>
    </message>
    <message>
        <source>“%1” must be a user address such as name@example.com.</source>
        <translation>“%1” 항목은 name@example.com과 같은 사용자 주소여야 합니다.</translation>
    </message>
    <message>
        <source>“%1” must be a complete URL with a scheme and a host, such as https://cms1.example.com:445.</source>
        <translation>“%1” 항목은 https://cms1.example.com:445와 같이 스킴과 호스트를 포함한 완전한 URL이어야 합니다.</translation>
    </message>
    <message>
        <source>“%1” cannot be “%2”. Possible values: %3.</source>
        <translation>“%1” 항목은 “%2”일 수 없습니다. 가능한 값: %3.</translation>
    </message>
    <message>
        <source>The value “%2” of “%1” needs CMS %3 or later; this server runs CMS %4.</source>
        <translation>“%1” 항목의 값 “%2”에는 CMS %3 이상이 필요합니다. 이 서버의 버전은 CMS %4입니다.</translation>
    </message>
    <message>
        <source>“%1” must be the id of an object, a GUID such as 6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f.</source>
        <translation>“%1” 항목은 개체의 id, 즉 6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f와 같은 GUID여야 합니다.</translation>
    </message>
    <message>
        <source>The last index cannot be smaller than the first index.</source>
        <translation>마지막 인덱스는 첫 번째 인덱스보다 작을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <source>Tenant</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>통화 프로필</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>콜 레그 프로필</translation>
    </message>
    <message>
        <source>Dial-in security profile</source>
        <translation>다이얼인 보안 프로필</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>시스템 상태</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>소프트웨어 버전</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>가동 시간</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>활성화됨</translation>
    </message>
    <message>
        <source>Clustered</source>
        <translation>클러스터 구성됨</translation>
    </message>
    <message>
        <source>CDR time</source>
        <translation>CDR 시간</translation>
    </message>
    <message>
        <source>Active call legs</source>
        <translation>활성 콜 레그</translation>
    </message>
    <message>
        <source>Most call legs active at once</source>
        <translation>최대 동시 활성 콜 레그</translation>
    </message>
    <message>
        <source>Completed call legs</source>
        <translation>완료된 콜 레그</translation>
    </message>
    <message>
        <source>Outgoing audio bit rate</source>
        <translation>발신 오디오 비트 전송률</translation>
    </message>
    <message>
        <source>Incoming audio bit rate</source>
        <translation>수신 오디오 비트 전송률</translation>
    </message>
    <message>
        <source>Outgoing video bit rate</source>
        <translation>발신 비디오 비트 전송률</translation>
    </message>
    <message>
        <source>Incoming video bit rate</source>
        <translation>수신 비디오 비트 전송률</translation>
    </message>
    <message>
        <source>System profiles</source>
        <translation>시스템 프로필</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Participant limit</source>
        <translation>참가자 수 제한</translation>
    </message>
    <message>
        <source>Call bridges</source>
        <translation>콜 브리지</translation>
    </message>
    <message>
        <source>Web Admin address</source>
        <translation>Web Admin 주소</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP 도메인</translation>
    </message>
    <message>
        <source>Call bridge group</source>
        <translation>콜 브리지 그룹</translation>
    </message>
    <message>
        <source>Call bridge groups</source>
        <translation>콜 브리지 그룹</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>부하 분산</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Secondary URI</source>
        <translation>보조 URI</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>통화 ID</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>기본 레이아웃</translation>
    </message>
    <message>
        <source>Non-members may join</source>
        <translation>비멤버 참가 허용</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>소유자 ID</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>시크릿</translation>
    </message>
    <message>
        <source>Generate a new secret</source>
        <translation>새 시크릿 생성</translation>
    </message>
    <message>
        <source>CDR tag</source>
        <translation>CDR 태그</translation>
    </message>
    <message>
        <source>Streaming URL</source>
        <translation>스트리밍 URL</translation>
    </message>
    <message>
        <source>Meeting scheduler</source>
        <translation>회의 예약자</translation>
    </message>
    <message>
        <source>Generate a call ID</source>
        <translation>통화 ID 생성</translation>
    </message>
    <message>
        <source>Generated automatically</source>
        <translation>자동 생성됨</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>액세스 방법</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Who may see an access method in the apps: public, private, or members (from CMS 3.2).</extracomment>
        <translation>공개 범위</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>중요도</translation>
    </message>
    <message>
        <source>Space members</source>
        <translation>스페이스 멤버</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>사용자 ID</translation>
    </message>
    <message>
        <source>Can delete the space</source>
        <translation>스페이스 삭제 가능</translation>
    </message>
    <message>
        <source>Can add and remove members</source>
        <translation>멤버 추가 및 제거 가능</translation>
    </message>
    <message>
        <source>Can change the name</source>
        <translation>이름 변경 가능</translation>
    </message>
    <message>
        <source>Can change the URI</source>
        <translation>URI 변경 가능</translation>
    </message>
    <message>
        <source>Can change the call ID</source>
        <translation>통화 ID 변경 가능</translation>
    </message>
    <message>
        <source>Can change the passcode</source>
        <translation>암호 변경 가능</translation>
    </message>
    <message>
        <source>Can leave the space</source>
        <translation>스페이스 나가기 가능</translation>
    </message>
    <message>
        <source>Can delete all messages</source>
        <translation>모든 메시지 삭제 가능</translation>
    </message>
    <message>
        <source>Can let non-members join</source>
        <translation>비멤버 참가 허용 가능</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>User space templates</source>
        <translation>사용자 스페이스 템플릿</translation>
    </message>
    <message>
        <source>Space template</source>
        <translation>스페이스 템플릿</translation>
    </message>
    <message>
        <source>Call profiles</source>
        <translation>통화 프로필</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Lock applies to</source>
        <extracomment>Whom a locked meeting keeps out: everyone new, or only guests who wait for a host.</extracomment>
        <translation>잠금 적용 대상</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>녹화</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>스트리밍</translation>
    </message>
    <message>
        <source>Empty passcode</source>
        <extracomment>What counts as an empty passcode: pressing # (required) or silence (timeout).</extracomment>
        <translation>빈 암호</translation>
    </message>
    <message>
        <source>Passcode timeout</source>
        <translation>암호 입력 제한 시간</translation>
    </message>
    <message>
        <source>Message board</source>
        <translation>메시지 보드</translation>
    </message>
    <message>
        <source>Call leg profiles</source>
        <translation>콜 레그 프로필</translation>
    </message>
    <message>
        <source>Waits in the lobby for a host</source>
        <translation>대기실에서 호스트 대기</translation>
    </message>
    <message>
        <source>When the last host leaves</source>
        <translation>마지막 호스트가 나갈 때</translation>
    </message>
    <message>
        <source>Delay after the last host leaves</source>
        <translation>마지막 호스트가 나간 후 지연 시간</translation>
    </message>
    <message>
        <source>May change the layout</source>
        <translation>레이아웃 변경 가능</translation>
    </message>
    <message>
        <source>Participant labels</source>
        <translation>참가자 레이블</translation>
    </message>
    <message>
        <source>May present</source>
        <translation>프레젠테이션 가능</translation>
    </message>
    <message>
        <source>May view presentations</source>
        <translation>프레젠테이션 보기 가능</translation>
    </message>
    <message>
        <source>May end the meeting</source>
        <translation>회의 종료 가능</translation>
    </message>
    <message>
        <source>May mute others</source>
        <translation>다른 참가자 음소거 가능</translation>
    </message>
    <message>
        <source>May stop others&apos; video</source>
        <translation>다른 참가자 비디오 중지 가능</translation>
    </message>
    <message>
        <source>May mute themselves</source>
        <translation>본인 음소거 가능</translation>
    </message>
    <message>
        <source>May stop their own video</source>
        <translation>본인 비디오 중지 가능</translation>
    </message>
    <message>
        <source>May disconnect others</source>
        <translation>다른 참가자 연결 끊기 가능</translation>
    </message>
    <message>
        <source>May add participants</source>
        <translation>참가자 추가 가능</translation>
    </message>
    <message>
        <source>Others cannot hear them</source>
        <translation>다른 참가자에게 들리지 않음</translation>
    </message>
    <message>
        <source>They cannot hear others</source>
        <translation>다른 참가자의 소리를 들을 수 없음</translation>
    </message>
    <message>
        <source>Others cannot see them</source>
        <translation>다른 참가자에게 보이지 않음</translation>
    </message>
    <message>
        <source>They cannot see others</source>
        <translation>다른 참가자를 볼 수 없음</translation>
    </message>
    <message>
        <source>Join tone up to participants</source>
        <translation>입장 알림음 최대 참가자 수</translation>
    </message>
    <message>
        <source>Leave tone up to participants</source>
        <translation>퇴장 알림음 최대 참가자 수</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>최대 통화 시간</translation>
    </message>
    <message>
        <source>Main video quality</source>
        <translation>기본 비디오 품질</translation>
    </message>
    <message>
        <source>Presentation quality</source>
        <translation>프레젠테이션 품질</translation>
    </message>
    <message>
        <source>Participant counter</source>
        <translation>참가자 수 표시</translation>
    </message>
    <message>
        <source>SIP media encryption</source>
        <translation>SIP 미디어 암호화</translation>
    </message>
    <message>
        <source>Dial-in security profiles</source>
        <translation>다이얼인 보안 프로필</translation>
    </message>
    <message>
        <source>Shortest passcode</source>
        <translation>최소 암호 길이</translation>
    </message>
    <message>
        <source>Existing shorter passcodes still work</source>
        <translation>기존의 더 짧은 암호 계속 사용 가능</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>스페이스 템플릿</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>액세스 방법 템플릿</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <translation>URI 패턴</translation>
    </message>
    <message>
        <source>Generate a unique call ID</source>
        <translation>고유 통화 ID 생성</translation>
    </message>
    <message>
        <source>Bulk space parameter sets</source>
        <translation>스페이스 일괄 생성 매개변수 세트</translation>
    </message>
    <message>
        <source>First index</source>
        <translation>첫 번째 인덱스</translation>
    </message>
    <message>
        <source>Last index</source>
        <translation>마지막 인덱스</translation>
    </message>
    <message>
        <source>URI mapping</source>
        <translation>URI 매핑</translation>
    </message>
    <message>
        <source>Name mapping</source>
        <translation>이름 매핑</translation>
    </message>
    <message>
        <source>Call ID mapping</source>
        <translation>통화 ID 매핑</translation>
    </message>
    <message>
        <source>Bulk space synchronisations</source>
        <translation>스페이스 일괄 동기화</translation>
    </message>
    <message>
        <source>Parameter set</source>
        <translation>매개변수 세트</translation>
    </message>
    <message>
        <source>Delete the spaces</source>
        <translation>스페이스 삭제</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Call correlator</source>
        <translation>통화 상관 ID</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>통화 유형</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>지속 시간</translation>
    </message>
    <message>
        <source>Call legs</source>
        <translation>콜 레그</translation>
    </message>
    <message>
        <source>Participants here</source>
        <translation>이 콜 브리지의 참가자</translation>
    </message>
    <message>
        <source>Participants on other call bridges</source>
        <translation>다른 콜 브리지의 참가자</translation>
    </message>
    <message>
        <source>Other call bridges</source>
        <translation>다른 콜 브리지</translation>
    </message>
    <message>
        <source>Remote party</source>
        <translation>상대방</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>로컬 주소</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Can be moved</source>
        <translation>이동 가능</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>레이아웃</translation>
    </message>
    <message>
        <source>State</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>Waiting in the lobby</source>
        <translation>대기실에서 대기 중</translation>
    </message>
    <message>
        <source>Received audio codec</source>
        <translation>수신 오디오 코덱</translation>
    </message>
    <message>
        <source>Received audio bit rate</source>
        <translation>수신 오디오 비트 전송률</translation>
    </message>
    <message>
        <source>Received audio jitter</source>
        <translation>수신 오디오 지터</translation>
    </message>
    <message>
        <source>Received audio packet loss</source>
        <translation>수신 오디오 패킷 손실</translation>
    </message>
    <message>
        <source>Sent audio codec</source>
        <translation>송신 오디오 코덱</translation>
    </message>
    <message>
        <source>Sent audio bit rate</source>
        <translation>송신 오디오 비트 전송률</translation>
    </message>
    <message>
        <source>Audio round trip time</source>
        <translation>오디오 왕복 시간</translation>
    </message>
    <message>
        <source>Received video codec</source>
        <translation>수신 비디오 코덱</translation>
    </message>
    <message>
        <source>Received video bit rate</source>
        <translation>수신 비디오 비트 전송률</translation>
    </message>
    <message>
        <source>Received video jitter</source>
        <translation>수신 비디오 지터</translation>
    </message>
    <message>
        <source>Received video packet loss</source>
        <translation>수신 비디오 패킷 손실</translation>
    </message>
    <message>
        <source>Sent video codec</source>
        <translation>송신 비디오 코덱</translation>
    </message>
    <message>
        <source>Sent video bit rate</source>
        <translation>송신 비디오 비트 전송률</translation>
    </message>
    <message>
        <source>Video round trip time</source>
        <translation>비디오 왕복 시간</translation>
    </message>
    <message>
        <source>Packet loss alarm</source>
        <translation>패킷 손실 경보</translation>
    </message>
    <message>
        <source>Jitter alarm</source>
        <translation>지터 경보</translation>
    </message>
    <message>
        <source>Round trip time alarm</source>
        <translation>왕복 시간 경보</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>Yes/no column: the participant lets guests out of the lobby (a host).</extracomment>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>이동 전 참가자</translation>
    </message>
    <message>
        <source>Moved from call bridge</source>
        <translation>이동 전 콜 브리지</translation>
    </message>
    <message>
        <source>Hosting call bridge</source>
        <translation>호스팅 콜 브리지</translation>
    </message>
    <message>
        <source>Address to dial</source>
        <translation>호출할 주소</translation>
    </message>
    <message>
        <source>Only these participants</source>
        <translation>지정한 참가자만</translation>
    </message>
</context>
<context>
    <name>cms::AdmitOperation</name>
    <message>
        <source>%1 is not waiting in the lobby.</source>
        <translation>%1은(는) 대기실에서 대기 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Let %1 in from the lobby on %2 (PUT /%3 deactivated=false)</source>
        <translation>%2에서 대기실의 %1 입장 허용(PUT /%3 deactivated=false)</translation>
    </message>
    <message>
        <source>The server accepted the request, but the participant is still in the lobby.</source>
        <translation>서버가 요청을 수락했지만 참가자가 아직 대기실에 있습니다.</translation>
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
        <translation>(응답 없음)</translation>
    </message>
    <message>
        <source># %1 marks a secret the trace does not keep: put the real value in its place before running.</source>
        <extracomment>A shell comment above a curl command; %1 is the &quot;(redacted)&quot; placeholder</extracomment>
        <translation># %1 표시는 추적 기록에 보관되지 않는 비밀 값을 나타냅니다. 실행하기 전에 그 자리에 실제 값을 넣으십시오.</translation>
    </message>
</context>
<context>
    <name>cms::Connection</name>
    <message numerus="yes">
        <source>The primary call bridge %1 has answered again for %n second(s).</source>
        <translation>
            <numerusform>기본 콜 브리지 %1이(가) %n초 전부터 다시 응답하고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>It did not answer the health check.</source>
        <translation>상태 확인에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>It took %1 ms to answer the health check.</source>
        <translation>상태 확인에 응답하는 데 %1ms가 걸렸습니다.</translation>
    </message>
    <message>
        <source>Call bridge %1 failed after it received the request to create %2. It may have been created, so it was not sent again to another call bridge: check before creating it again.</source>
        <translation>콜 브리지 %1이(가) %2에 대한 생성 요청을 받은 후 실패했습니다. 개체가 이미 생성되었을 수 있으므로 요청을 다른 콜 브리지로 다시 보내지 않았습니다. 다시 만들기 전에 확인하십시오.</translation>
    </message>
    <message>
        <source>Call bridge %1 does not answer.</source>
        <translation>콜 브리지 %1이(가) 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>Call bridge %1 does not answer: %2</source>
        <translation>콜 브리지 %1이(가) 응답하지 않습니다: %2</translation>
    </message>
</context>
<context>
    <name>cms::DialOutOperation</name>
    <message>
        <source>Dial %1 from the call “%2” on %3 (POST /calls/%4/callLegs)</source>
        <translation>%3의 “%2” 통화에서 %1에 발신(POST /calls/%4/callLegs)</translation>
    </message>
</context>
<context>
    <name>cms::DisconnectOperation</name>
    <message>
        <source>Disconnect %1 on %2 (DELETE /%3)</source>
        <translation>%2에서 %1 연결 끊기(DELETE /%3)</translation>
    </message>
</context>
<context>
    <name>cms::EndCallOperation</name>
    <message>
        <source>End the call “%1” on %2 for everyone (DELETE /calls/%3)</source>
        <translation>%2에서 모든 참가자의 “%1” 통화 종료(DELETE /calls/%3)</translation>
    </message>
</context>
<context>
    <name>cms::EventsClient</name>
    <message>
        <source>The events connection did not open in time.</source>
        <translation>이벤트 연결이 제한 시간 내에 열리지 않았습니다.</translation>
    </message>
    <message>
        <source>The call bridge gave no events token.</source>
        <translation>콜 브리지가 이벤트 토큰을 제공하지 않았습니다.</translation>
    </message>
    <message>
        <source>The call bridge presented a certificate other than the pinned one.</source>
        <translation>콜 브리지가 고정된 인증서가 아닌 다른 인증서를 제시했습니다.</translation>
    </message>
</context>
<context>
    <name>cms::LiveOperation</name>
    <message>
        <source>The server accepted the request, but the object is still there.</source>
        <translation>서버가 요청을 수락했지만 개체가 아직 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>cms::MuteOperation</name>
    <message>
        <source>Mute the audio of %1 on %2 (PUT /%3)</source>
        <translation>%2에서 %1의 오디오 음소거(PUT /%3)</translation>
    </message>
    <message>
        <source>Unmute the audio of %1 on %2 (PUT /%3)</source>
        <translation>%2에서 %1의 오디오 음소거 해제(PUT /%3)</translation>
    </message>
    <message>
        <source>Stop the video of %1 on %2 (PUT /%3)</source>
        <translation>%2에서 %1의 비디오 중지(PUT /%3)</translation>
    </message>
    <message>
        <source>Restore the video of %1 on %2 (PUT /%3)</source>
        <translation>%2에서 %1의 비디오 다시 시작(PUT /%3)</translation>
    </message>
    <message>
        <source>The server accepted the change, but the call leg still shows the old mute state.</source>
        <translation>서버가 변경을 수락했지만 콜 레그에 아직 이전 음소거 상태가 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>cms::ParticipantMove</name>
    <message>
        <source>Nothing happened: the participant is still where it was.</source>
        <translation>아무 변화가 없습니다. 참가자가 여전히 원래 위치에 있습니다.</translation>
    </message>
    <message>
        <source>The participant was dropped from the call and never joined the target meeting.</source>
        <translation>참가자가 통화에서 끊어졌으며 대상 회의에 참가하지 못했습니다.</translation>
    </message>
    <message>
        <source>The participant landed in another meeting than the one asked for.</source>
        <translation>참가자가 요청한 회의가 아닌 다른 회의에 들어갔습니다.</translation>
    </message>
    <message>
        <source>The call bridge %1 that hosts the target call is not healthy.</source>
        <translation>대상 통화를 호스팅하는 콜 브리지 %1이(가) 정상 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>Moving participants needs CMS 2.6 or later; the server runs %1.</source>
        <translation>참가자를 이동하려면 CMS 2.6 이상이 필요합니다. 서버의 버전은 %1입니다.</translation>
    </message>
    <message>
        <source>Web app participants can be moved from CMS 3.2; the server runs %1.</source>
        <translation>웹 앱 참가자는 CMS 3.2부터 이동할 수 있습니다. 서버의 버전은 %1입니다.</translation>
    </message>
    <message>
        <source>%1 cannot be moved (for example a Lync or Skype participant, or one in a dual-homed meeting).</source>
        <translation>%1은(는) 이동할 수 없습니다(예: Lync 또는 Skype 참가자, 듀얼 홈 회의의 참가자).</translation>
    </message>
    <message>
        <source>%1 is already in that meeting.</source>
        <translation>%1은(는) 이미 해당 회의에 있습니다.</translation>
    </message>
    <message>
        <source>Move %1 into the call %2 on %3 (POST /calls/%2/participants movedParticipant=%4 needsActivation=false)</source>
        <translation>%3의 통화 %2(으)로 %1 이동(POST /calls/%2/participants movedParticipant=%4 needsActivation=false)</translation>
    </message>
    <message>
        <source>%1 arrived in the target meeting, but is still listed in the original call.</source>
        <translation>%1이(가) 대상 회의에 들어갔지만 아직 원래 통화 목록에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>cms::StartMeetingOperation</name>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <translation>회의를 위해 “%1” 스페이스 준비: %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Start the meeting of “%1” on %2 (POST /calls coSpace=%3)</source>
        <translation>%2에서 “%1”의 회의 시작(POST /calls coSpace=%3)</translation>
    </message>
    <message>
        <source>The call that started does not belong to the space.</source>
        <translation>시작된 통화가 해당 스페이스에 속하지 않습니다.</translation>
    </message>
</context>
</TS>
