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
        <translation>콜 브리지가 제시한 인증서가 이 콜 브리지에 대해 신뢰한 인증서와 다릅니다. 누군가 연결을 가로채고 있거나 인증서가 교체되었을 수 있습니다. 연결이 거부되었습니다.</translation>
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
    <message>
        <source>The server answered with a web page, not the CMS API: a proxy or load balancer may be in the way (HTTP %1, %2).</source>
        <extracomment>%1 is an HTTP status such as 200, %2 the content type the server gave, such as text/html</extracomment>
        <translation>서버가 CMS API가 아닌 웹 페이지로 응답했습니다. 중간에 프록시나 로드 밸런서가 있을 수 있습니다(HTTP %1, %2).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>콘텐츠 유형 없음</translation>
    </message>
    <message>
        <source>The server answered with %2, not the XML of the CMS API: a proxy or load balancer may be in the way (HTTP %1).</source>
        <extracomment>%1 is an HTTP status such as 200, %2 the content type the server gave, such as application/json</extracomment>
        <translation>서버가 CMS API의 XML이 아닌 %2 형식으로 응답했습니다. 중간에 프록시나 로드 밸런서가 있을 수 있습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate expired on %1. Ask the server&apos;s administrator to renew it; trusting an expired certificate is not advised.</source>
        <translation>콜 브리지의 인증서가 만료되었습니다(만료일: %1). 서버 관리자에게 갱신을 요청하십시오. 만료된 인증서를 신뢰하는 것은 권장하지 않습니다.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is valid only from %1. Check this computer&apos;s date and time, or ask the server&apos;s administrator.</source>
        <translation>콜 브리지의 인증서는 %1부터 유효합니다. 이 컴퓨터의 날짜와 시간을 확인하거나 서버 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is made out to %1, not to the address used. Check that the address reaches the right server, or use a name the certificate gives.</source>
        <translation>콜 브리지의 인증서는 사용한 주소가 아닌 다음 이름으로 발급되었습니다: %1. 주소가 올바른 서버로 연결되는지 확인하거나 인증서에 있는 이름을 사용하십시오.</translation>
    </message>
    <message>
        <source>The call bridge may have carried out the change before the connection failed: reload and check before trying again.</source>
        <extracomment>Follows the sentence that says why a change failed</extracomment>
        <translation>연결이 끊기기 전에 콜 브리지가 변경을 이미 적용했을 수 있습니다. 다시 불러와 확인한 후에 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>ConfigStep</name>
    <message>
        <source>(unset)</source>
        <extracomment>a field sent empty: the server unsets it</extracomment>
        <translation>(설정 안 됨)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message numerus="yes">
        <source>The demo cluster is running on this computer: %Ln simulated call bridge(s).</source>
        <translation>
            <numerusform>이 컴퓨터에서 데모 클러스터가 실행 중입니다(시뮬레이션된 콜 브리지 %Ln개).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleCommandLine</name>
    <message>
        <source>Console for Cisco Meeting Server clusters.</source>
        <translation>Cisco Meeting Server 클러스터용 콘솔입니다.</translation>
    </message>
    <message>
        <source>Start a simulated demo cluster inside the console and connect to it.</source>
        <translation>콘솔 내부에서 시뮬레이션된 데모 클러스터를 시작하고 연결합니다.</translation>
    </message>
    <message>
        <source>Language of the console: en, fr, ko or ar.</source>
        <translation>콘솔 언어: en, fr, ko 또는 ar.</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>placeholder of the --lang option&apos;s value</extracomment>
        <translation>코드</translation>
    </message>
    <message>
        <source>Keep the settings in this INI file instead of the usual place.</source>
        <translation>설정을 일반적인 위치 대신 이 INI 파일에 보관합니다.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder of the --settings option&apos;s value</extracomment>
        <translation>파일</translation>
    </message>
    <message>
        <source>Print the time to the first painted window, then quit.</source>
        <translation>첫 창이 그려질 때까지 걸린 시간을 출력한 후 종료합니다.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예기치 않은 인수: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr, ko or ar.</source>
        <translation>알 수 없는 언어입니다: &quot;%1&quot;. en, fr, ko, ar 중 하나를 사용하십시오.</translation>
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
        <source>Give --pin once per --url, in the same order: %Ln pin(s) given for fewer addresses.</source>
        <translation>
            <numerusform>--pin은 --url마다 한 번씩 같은 순서로 지정하십시오. 주소보다 많은 %Ln개의 지문이 지정되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint: give 64 hexadecimal digits, with or without colons.</source>
        <translation>SHA-256 지문이 아닙니다: “%1”. 콜론 포함 여부와 관계없이 16진수 64자리를 입력하십시오.</translation>
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
        <translation>알 수 없는 명령입니다: “%1”</translation>
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
        <translation>KEY=VALUE 쌍이 아닙니다: “%1”</translation>
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
        <source>--all goes with the participants command only.</source>
        <translation>--all은 participants 명령에서만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>--passcode-timeout takes a whole number of seconds, at least 1.</source>
        <translation>--passcode-timeout에는 1 이상의 정수(초)를 지정하십시오.</translation>
    </message>
    <message>
        <source>guesthost takes apply or check, not “%1”.</source>
        <translation>guesthost에는 apply 또는 check를 지정하십시오(“%1” 아님).</translation>
    </message>
    <message>
        <source>guesthost apply needs --pattern 1, 2, 3 or 4.</source>
        <translation>guesthost apply에는 --pattern 1, 2, 3 또는 4가 필요합니다.</translation>
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
        <translation>회의 명령(자리 표시 스페이스 풀과 예약된 회의):
  meeting pool create --name-pattern P --uri-pattern P [--call-id-pattern P] --count N [--first N]
                             [--call-profile ID] [--call-leg-profile ID] [--tenant ID] [--yes]
                             한 번의 일괄 동기화로 자리 표시 스페이스 만들기(각 패턴에 $index$가 한 번 들어감)
  meeting pool grow NAME-PATTERN --count N [--yes]   풀의 마지막 인덱스 다음에 새 범위 추가
  meeting pool remove NAME-PATTERN [--yes]   풀의 모든 자리 표시 스페이스와 매개변수 세트 제거
  meeting pool list [NAME-PATTERN] [--deep]   풀 목록. 풀을 지정하면 각 자리 표시 스페이스의 상태: 사용 가능,
                             회의 중(참가자, 콜 브리지) 또는 불일치(이유). --deep은 모든 스페이스를 읽음
  meeting start SPACE --name TEXT [--passcode-stdin] [--dial URI]… [--dial-file FILE] [--bridge N] [--yes]
                             스페이스 설정, 새 시크릿, 통화 시작(--url N번째 브리지) 및 주소로 발신
  meeting extend SPACE [--name TEXT] [--passcode-stdin] [--yes]   회의 값을 다시 설정
  meeting end SPACE [--placeholder-name TEXT] [--yes]   자리 표시 스페이스 복원(새 시크릿), 통화 종료
                             회의 명령은 계획을 출력하며 --yes가 없으면 아무것도 변경하지 않습니다. 암호는
                             인수로 받지 않습니다. --passcode-stdin은 터미널에서 화면에 표시하지 않고 묻고,
                             그 밖에는 stdin의 다음 줄을 읽습니다(--password-stdin을 쓰면 비밀번호 다음 줄).</translation>
    </message>
    <message>
        <source>meeting pool takes create, grow, remove or list, not “%1”.</source>
        <translation>meeting pool에는 “%1” 값 대신 create, grow, remove 또는 list를 지정하십시오.</translation>
    </message>
    <message>
        <source>meeting pool create needs --count N.</source>
        <translation>meeting pool create에는 --count N이 필요합니다.</translation>
    </message>
    <message>
        <source>meeting pool grow needs --count N.</source>
        <translation>meeting pool grow에는 --count N이 필요합니다.</translation>
    </message>
    <message>
        <source>meeting takes pool, start, extend or end, not “%1”.</source>
        <translation>meeting에는 “%1” 값 대신 pool, start, extend 또는 end를 지정하십시오.</translation>
    </message>
    <message>
        <source>meeting start needs the meeting&apos;s name: --name TEXT.</source>
        <translation>meeting start에는 회의 이름이 필요합니다: --name 텍스트.</translation>
    </message>
    <message>
        <source>meeting end takes no passcode: it removes the meeting&apos;s.</source>
        <translation>meeting end에는 암호를 지정하지 않습니다. 회의의 암호를 제거합니다.</translation>
    </message>
    <message>
        <source>A PIN is never taken from an argument (it would show in the process list and the shell history). guesthost apply asks for the PINs at a terminal, or reads guest-pin=DIGITS and host-pin=DIGITS lines from stdin.</source>
        <translation>PIN은 인수로 받지 않습니다(프로세스 목록과 셸 기록에 남기 때문입니다). guesthost apply는 터미널에서 PIN을 묻거나, stdin에서 guest-pin=숫자 및 host-pin=숫자 줄을 읽습니다.</translation>
    </message>
    <message>
        <source>A passcode is never taken from an argument (it would show in the process list and the shell history). Use --passcode-stdin.</source>
        <translation>암호는 인수로 받지 않습니다(프로세스 목록과 셸 기록에 남기 때문입니다). --passcode-stdin을 사용하십시오.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, at least %2.</source>
        <extracomment>%1: the option, %2: its smallest value</extracomment>
        <translation>--%1에는 %2 이상의 정수를 지정하십시오.</translation>
    </message>
    <message>
        <source>The list of addresses “%1” cannot be read: %2</source>
        <translation>주소 목록 파일 “%1”의 내용을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Passcode for the meeting: </source>
        <translation>회의 암호: </translation>
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
  participants --all [--filter TEXT]   클러스터의 모든 참가자(해당 콜 브리지 포함). --filter를 지정하면
                             이름, 주소 또는 사용자에 TEXT의 모든 단어가 들어 있는 참가자만 표시(대소문자와 악센트 무시)
  move PARTICIPANT… --to CALL  참가자들을 다른 통화로 이동(참가자마다 사전 확인 후 결과 검증)
  dial CALL URI              통화에서 외부로 발신
  end CALL                   모든 참가자의 통화 종료
  mute PARTICIPANT [--video] [--off]   참가자의 오디오 또는 비디오 끄기(또는 다시 켜기)
  watch [--max N]            중단될 때까지 모든 콜 브리지의 실시간 변경 사항을 JSON 줄로 출력
  usage TYPE ID              프로필이 사용되는 곳(TYPE: callLegProfiles, callProfiles 또는
                             dialInSecurityProfiles): 전역, 테넌트, 스페이스, 액세스 방법, 멤버, 템플릿
  guesthost apply SPACE --pattern N [options] [--yes]   스페이스의 게스트 접속과 호스트 접속 분리:
                             계획을 출력하고, --yes를 지정하면 실행합니다(단계가 실패하면 모두 되돌림).
                             N: 1 서로 다른 URI, 2 하나의 URI와 두 개의 PIN, 3 하나의 URI와 게스트 PIN 없음,
                             4 호스트가 멤버. SPACE는 스페이스 ID이며, --create를 지정하면 새 스페이스의 이름입니다.
                             옵션: --uri --call-id(게스트용), --host-uri --host-call-id,
                             --passcode-mode required|timeout --passcode-timeout 초,
                             --host-jid 사용자, --deactivation-mode deactivate|disconnect|remainActivated
                             PIN은 인수로 받지 않습니다. 터미널에서는 cmsctl이 PIN을 두 번 묻고(화면에 표시 안 함),
                             그 밖에는 stdin을 끝까지 읽습니다. PIN마다 한 줄: guest-pin=숫자, host-pin=숫자
                             (--password-stdin을 쓰면 비밀번호 줄 다음). PIN이 없으면 &lt;/dev/null을 지정하세요.
  guesthost check SPACE      스페이스가 따르는 패턴과 게스트 또는 호스트의 참가를 막는 문제를
                             각각의 해결 방법과 함께 표시. --pattern N: 스페이스가 따라야 하는 패턴

TYPE은 API의 컬렉션 이름(coSpaces, callLegProfiles… 등, 대소문자 구분 없음) 또는 coSpaces/ID/accessMethods와
같은 중첩 이름입니다. 비밀번호는 키체인(login 이후), --password-stdin 또는 CMS_PASSWORD 환경 변수에서
가져오며, 인수에서는 절대 가져오지 않습니다.
--url과 --user는 CMS_URL 및 CMS_USER에서 가져올 수도 있습니다. --json을 지정하면 숫자와 true/false가
JSON 숫자와 불리언으로 출력됩니다.
종료 코드: 0 완료, 1 서버 거부(move: 이동하지 못한 참가자가 있음), 2 사용법 오류 또는 잘못된 입력, 3 연결, TLS 또는 인증 문제.</translation>
    </message>
    <message>
        <source>guesthost check takes --pattern 1, 2, 3 or 4, or no --pattern.</source>
        <translation>guesthost check에는 --pattern 1, 2, 3, 4 중 하나를 지정하거나 --pattern을 생략하십시오.</translation>
    </message>
</context>
<context>
    <name>CtlGuestHost</name>
    <message>
        <source>Step %1: %2</source>
        <extracomment>%1: step number, %2: the step</extracomment>
        <translation>%1단계: %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>계획: %1</translation>
    </message>
    <message>
        <source>The space is already set up this way: nothing to change.</source>
        <translation>스페이스가 이미 이렇게 설정되어 있습니다. 변경할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to carry out these steps.</source>
        <translation>아무것도 변경하지 않았습니다. 이 단계를 실행하려면 --yes를 붙여 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Done: the space %1 is set up.</source>
        <translation>완료: 스페이스 %1 설정을 마쳤습니다.</translation>
    </message>
    <message>
        <source>none of the four patterns</source>
        <translation>네 가지 패턴 중 해당 없음</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>패턴: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>  Fix: %1</source>
        <translation>  해결 방법: %1</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>문제가 없습니다.</translation>
    </message>
</context>
<context>
    <name>CtlLiveCommands</name>
    <message>
        <source>Done.</source>
        <translation>완료되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be moved.</source>
        <translation>
            <numerusform>참가자 %1명 중 %Ln명을 이동하지 못했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlMeeting</name>
    <message numerus="yes">
        <source>%1  %2  %Ln placeholder(s): %3</source>
        <extracomment>%1: name pattern, %2: URI pattern, %3: number of placeholders, %4: the index ranges</extracomment>
        <translation>
            <numerusform>%1  %2  자리 표시 스페이스 %Ln개: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No placeholder pool: the cluster has no bulk parameter set.</source>
        <translation>자리 표시 스페이스 풀이 없습니다. 클러스터에 일괄 매개변수 세트가 없습니다.</translation>
    </message>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>이름 패턴이 “%1”인 풀이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) on %1</source>
        <translation>
            <numerusform>%1에 참가자 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Free: %1, in a meeting: %2, inconsistent: %3.</source>
        <extracomment>%1 free, %2 in a meeting, %3 inconsistent placeholders</extracomment>
        <translation>사용 가능: %1, 회의 중: %2, 불일치: %3.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <extracomment>%1: step number, %2: the step</extracomment>
        <translation>%1단계: %2</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>계획:</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to carry out these steps.</source>
        <translation>아무것도 변경되지 않았습니다. 이 단계를 실행하려면 --yes를 지정하여 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료되었습니다.</translation>
    </message>
</context>
<context>
    <name>CtlMoveBatch</name>
    <message>
        <source>%1: moved into the call %2, now participant %3.</source>
        <translation>%1: 통화 %2에 들어갔습니다(새 참가자 ID: %3).</translation>
    </message>
    <message>
        <source>%1: not moved. %2</source>
        <translation>%1: 이동하지 못했습니다. %2</translation>
    </message>
</context>
<context>
    <name>CtlPinInput</name>
    <message>
        <source>Line %1 of stdin is not guest-pin=DIGITS or host-pin=DIGITS.</source>
        <extracomment>%1: a line number of the input; the line itself is not shown, it may hold a PIN</extracomment>
        <translation>stdin의 %1번째 줄이 guest-pin=숫자 또는 host-pin=숫자 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is given twice on stdin.</source>
        <extracomment>%1: guest-pin or host-pin</extracomment>
        <translation>stdin에 %1 항목이 두 번 있습니다.</translation>
    </message>
    <message>
        <source>No PIN was typed: the input ended.</source>
        <translation>PIN을 입력하지 않았습니다. 입력이 끝났습니다.</translation>
    </message>
    <message>
        <source>Guest PIN: </source>
        <translation>게스트 PIN: </translation>
    </message>
    <message>
        <source>Guest PIN (Enter for none): </source>
        <translation>게스트 PIN(없으면 Enter): </translation>
    </message>
    <message>
        <source>Guest PIN again: </source>
        <translation>게스트 PIN 다시 입력: </translation>
    </message>
    <message>
        <source>The two guest PINs typed differ.</source>
        <translation>입력한 두 게스트 PIN이 다릅니다.</translation>
    </message>
    <message>
        <source>Host PIN: </source>
        <translation>호스트 PIN: </translation>
    </message>
    <message>
        <source>Host PIN (Enter for none): </source>
        <translation>호스트 PIN(없으면 Enter): </translation>
    </message>
    <message>
        <source>Host PIN again: </source>
        <translation>호스트 PIN 다시 입력: </translation>
    </message>
    <message>
        <source>The two host PINs typed differ.</source>
        <translation>입력한 두 호스트 PIN이 다릅니다.</translation>
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
        <translation>CMS API의 컬렉션이 아닙니다: “%1”</translation>
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
    <message>
        <source>usage works on callLegProfiles, callProfiles and dialInSecurityProfiles, not “%1”.</source>
        <translation>usage는 callLegProfiles, callProfiles, dialInSecurityProfiles에만 쓸 수 있습니다. “%1”에는 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CtlUsageReport</name>
    <message>
        <source>Global profiles (/system/profiles)</source>
        <translation>전역 프로필(/system/profiles)</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>액세스 방법</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>스페이스 템플릿</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>액세스 방법 템플릿</translation>
    </message>
    <message>
        <source>%1 %2 is used:</source>
        <translation>%1 %2 사용 위치:</translation>
    </message>
    <message>
        <source>%1 %2 is used nowhere the console can see.</source>
        <translation>콘솔이 확인할 수 있는 범위에서는 사용되지 않습니다: %1 %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source> (among the %1 of %2 spaces read in detail)</source>
        <translation> (자세히 읽은 스페이스 %2개 중 %1개 기준)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> in space template %1</source>
        <translation> (스페이스 템플릿 %1)</translation>
    </message>
    <message>
        <source>  %1: some (the server does not say which)</source>
        <translation>  %1: 일부(서버가 어느 것인지 알려 주지 않음)</translation>
    </message>
    <message>
        <source>  %1: none</source>
        <translation>  %1: 없음</translation>
    </message>
    <message>
        <source>  %1: not checked (the API cannot tell for this profile type)</source>
        <translation>  %1: 확인하지 않음(API로는 이 프로필 유형을 확인할 수 없음)</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>데모 클러스터를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>데모 클러스터</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <comment>clock skew</comment>
        <extracomment>Clock difference in seconds, &quot;+1.2 s&quot;</extracomment>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration in milliseconds, &quot;120 ms&quot;</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>uptime</comment>
        <extracomment>Uptime in days, short: &quot;3 d&quot;</extracomment>
        <translation>
            <numerusform>%Ln일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>uptime</comment>
        <extracomment>Uptime in hours, short: &quot;4 h&quot;</extracomment>
        <translation>
            <numerusform>%Ln시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>uptime</comment>
        <extracomment>Uptime in minutes, short: &quot;12 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln분</numerusform>
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
            <numerusform>%Ln초</numerusform>
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
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>EffectiveSettings</name>
    <message>
        <source>Default</source>
        <extracomment>Where a setting comes from: nobody sets it, the server&apos;s default applies.</extracomment>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Global</source>
        <extracomment>Where a setting comes from: the global profiles (/system/profiles).</extracomment>
        <translation>전역</translation>
    </message>
    <message>
        <source>Tenant</source>
        <extracomment>Where a setting comes from: the space&apos;s tenant.</extracomment>
        <translation>테넌트</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Where a setting comes from: the space itself.</extracomment>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Access method</source>
        <extracomment>Where a setting comes from: the access method used to join.</extracomment>
        <translation>액세스 방법</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Where a setting comes from: the member&apos;s own call leg profile.</extracomment>
        <translation>멤버</translation>
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
        <translation>올바른 호스트 이름 또는 IP 주소가 아닙니다: “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a valid port: use a number from 1 to 65535.</source>
        <translation>올바른 포트가 아닙니다: “%1”. 1에서 65535 사이의 숫자를 사용하십시오.</translation>
    </message>
    <message>
        <source>Give the address only, without a path: the API path is added by the console.</source>
        <translation>경로 없이 주소만 입력하십시오. API 경로는 콘솔에서 추가합니다.</translation>
    </message>
</context>
<context>
    <name>FormSave</name>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Not saved: see the field marked.</source>
        <translation>저장하지 못했습니다. 표시된 필드를 확인하세요.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>GuestHostCheck</name>
    <message>
        <source>the space “%1”</source>
        <translation>스페이스 “%1”</translation>
    </message>
    <message>
        <source>The space&apos;s call leg profile %1 does not set needsActivation=true: guests start the meeting without a host.</source>
        <translation>스페이스의 콜 레그 프로필 %1에 needsActivation=true가 설정되어 있지 않습니다. 게스트가 호스트 없이 회의를 시작합니다.</translation>
    </message>
    <message>
        <source>The space has no call leg profile of its own: guests are not held in the lobby until a host joins.</source>
        <translation>스페이스에 자체 콜 레그 프로필이 없습니다. 호스트가 참가할 때까지 게스트가 대기실에 머물지 않습니다.</translation>
    </message>
    <message>
        <source>Give the space a guest call leg profile (needsActivation=true, deactivationMode=%1).</source>
        <translation>스페이스에 게스트 콜 레그 프로필(needsActivation=true, deactivationMode=%1)을 지정합니다.</translation>
    </message>
    <message>
        <source>The space does not let non-members in (nonMemberAccess=false): guests cannot join at all.</source>
        <translation>스페이스가 멤버가 아닌 사용자의 참가를 허용하지 않습니다(nonMemberAccess=false). 게스트가 전혀 참가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Let non-members join the space (nonMemberAccess=true).</source>
        <translation>멤버가 아닌 사용자도 스페이스에 참가하도록 허용합니다(nonMemberAccess=true).</translation>
    </message>
    <message>
        <source>The access method %1 has no call leg profile, so it takes the space&apos;s guest profile: hosts who join through it wait in the lobby like guests.</source>
        <translation>액세스 방법 %1에 콜 레그 프로필이 없어 스페이스의 게스트 프로필을 따릅니다. 이 방법으로 참가하는 호스트도 게스트처럼 대기실에서 기다립니다.</translation>
    </message>
    <message>
        <source>The access method %1 carries the call leg profile %2, which holds people in the lobby: hosts who join through it wait like guests.</source>
        <translation>액세스 방법 %1에 지정된 콜 레그 프로필 %2 때문에 참가자가 대기실에서 기다립니다. 이 방법으로 참가하는 호스트도 게스트처럼 기다립니다.</translation>
    </message>
    <message>
        <source>Give the access method a host call leg profile (needsActivation=false).</source>
        <translation>액세스 방법에 호스트 콜 레그 프로필(needsActivation=false)을 지정합니다.</translation>
    </message>
    <message>
        <source>the hosts&apos; access method %1</source>
        <translation>호스트 액세스 방법 %1</translation>
    </message>
    <message>
        <source>Guests wait in the lobby for a host, but the space has no access method and no member for hosts: nobody can let them in.</source>
        <translation>게스트는 대기실에서 호스트를 기다리지만, 스페이스에 호스트용 액세스 방법도 멤버도 없습니다. 아무도 게스트를 입장시킬 수 없습니다.</translation>
    </message>
    <message>
        <source>Apply one of the four patterns to the space: hosts need a URI, call ID or PIN of their own, or to be members.</source>
        <translation>스페이스에 네 가지 패턴 중 하나를 적용하십시오. 호스트에게는 별도의 URI, 통화 ID 또는 PIN이 필요하거나 멤버여야 합니다.</translation>
    </message>
    <message>
        <source>The hosts&apos; access method %1 has the guests&apos; call ID %2: whoever dials it is taken as a guest or a host by the PIN alone, which this pattern does not intend.</source>
        <translation>호스트 액세스 방법 %1에 게스트 통화 ID(%2)가 지정되어 있습니다. 이 번호로 전화하면 PIN만으로 게스트와 호스트가 구분되는데, 이 패턴은 그렇게 의도하지 않습니다.</translation>
    </message>
    <message>
        <source>Take the call ID off the hosts&apos; access method: hosts then join by its URI and PIN.</source>
        <translation>호스트 액세스 방법에서 통화 ID를 제거합니다. 그러면 호스트는 해당 URI와 PIN으로 참가합니다.</translation>
    </message>
    <message>
        <source>Guests have no PIN, but the space&apos;s call profile does not set passcodeMode: SIP guests are asked for a PIN they do not have.</source>
        <translation>게스트에게는 PIN이 없지만 스페이스의 통화 프로필에 passcodeMode가 설정되어 있지 않습니다. SIP 게스트에게 없는 PIN을 요구하게 됩니다.</translation>
    </message>
    <message>
        <source>Give the space a call profile with passcodeMode=required (guests press # for an empty PIN).</source>
        <translation>스페이스에 passcodeMode=required인 통화 프로필을 지정합니다(게스트는 빈 PIN으로 #을 누릅니다).</translation>
    </message>
    <message>
        <source>The owner %1 is not a member of the space: joining through the web app, the host is held like a guest.</source>
        <translation>소유자(%1)가 스페이스의 멤버가 아닙니다. 웹 앱으로 참가하면 호스트도 게스트처럼 대기하게 됩니다.</translation>
    </message>
    <message>
        <source>Add %1 as a member with a host call leg profile (needsActivation=false).</source>
        <translation>호스트 콜 레그 프로필(needsActivation=false)로 멤버 추가: %1</translation>
    </message>
    <message>
        <source>The member %1 has no host call leg profile: the host waits in the lobby with the guests.</source>
        <translation>멤버 %1에게 호스트 콜 레그 프로필이 없습니다. 호스트가 게스트와 함께 대기실에서 기다립니다.</translation>
    </message>
    <message>
        <source>Give the member a host call leg profile (needsActivation=false).</source>
        <translation>멤버에게 호스트 콜 레그 프로필(needsActivation=false)을 지정합니다.</translation>
    </message>
    <message>
        <source>The space follows the pattern “%1”, not “%2” as it is meant to.</source>
        <translation>스페이스가 의도한 “%2” 패턴 대신 “%1” 패턴을 따르고 있습니다.</translation>
    </message>
    <message>
        <source>The space follows none of the four patterns, not “%1” as it is meant to.</source>
        <translation>스페이스가 네 가지 패턴 중 어느 것도 따르지 않습니다. 의도한 패턴은 “%1”입니다.</translation>
    </message>
    <message>
        <source>Apply the pattern “%1” to the space (Guest and Host Access…): it changes only what differs, and needs the URIs and PINs of that pattern.</source>
        <translation>스페이스에 “%1” 패턴을 적용하십시오(게스트 및 호스트 접속…). 다른 부분만 변경되며, 이 패턴의 URI와 PIN이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>GuestHostExpectations</name>
    <message>
        <source>For a guest</source>
        <translation>게스트의 경우</translation>
    </message>
    <message>
        <source>For the host</source>
        <translation>호스트의 경우</translation>
    </message>
    <message>
        <source>The check of the whole chain</source>
        <translation>전체 체인 검사</translation>
    </message>
    <message>
        <source>When the last host leaves, the guests are disconnected.</source>
        <translation>마지막 호스트가 나가면 게스트의 연결이 끊어집니다.</translation>
    </message>
    <message>
        <source>When the last host leaves, the meeting goes on with the guests.</source>
        <translation>마지막 호스트가 나가도 게스트와 회의가 계속됩니다.</translation>
    </message>
    <message>
        <source>When the last host leaves, the guests go back to the lobby.</source>
        <translation>마지막 호스트가 나가면 게스트는 대기실로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Waits in the lobby until a host joins.</source>
        <translation>호스트가 참가할 때까지 대기실에서 기다립니다.</translation>
    </message>
    <message>
        <source>Is asked for the guest PIN.</source>
        <translation>게스트 PIN을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>Has no PIN to enter.</source>
        <translation>입력할 PIN이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Calling by SIP, enters the empty PIN by waiting %Ln second(s).</source>
        <translation>
            <numerusform>SIP로 전화하면 %Ln초 동안 기다려 빈 PIN을 입력합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling by SIP, enters the empty PIN by pressing #.</source>
        <translation>SIP로 전화하면 #을 눌러 빈 PIN을 입력합니다.</translation>
    </message>
    <message>
        <source>Has a call ID of their own: %1.</source>
        <extracomment>%1: a call ID</extracomment>
        <translation>전용 통화 ID가 있습니다: %1.</translation>
    </message>
    <message>
        <source>Has a URI of their own: %1.</source>
        <extracomment>%1: a URI</extracomment>
        <translation>전용 URI가 있습니다: %1.</translation>
    </message>
    <message>
        <source>Dials the same URI and is told apart by the host PIN.</source>
        <translation>같은 URI로 전화하며 호스트 PIN으로 구별됩니다.</translation>
    </message>
    <message>
        <source>Joins as %1, a member of the space, in the web app.</source>
        <extracomment>%1: a user&apos;s JID</extracomment>
        <translation>웹 앱에서 스페이스 멤버인 %1 사용자로 참가합니다.</translation>
    </message>
    <message>
        <source>Starts the meeting without waiting in the lobby.</source>
        <translation>대기실에서 기다리지 않고 회의를 시작합니다.</translation>
    </message>
    <message>
        <source>Is asked for the host PIN.</source>
        <translation>호스트 PIN을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The space follows the pattern “%1”.</source>
        <extracomment>%1: the pattern&apos;s name</extracomment>
        <translation>스페이스가 “%1” 패턴을 따릅니다.</translation>
    </message>
    <message>
        <source>The check finds no problem.</source>
        <translation>검사에서 문제가 발견되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>GuestHostInputs</name>
    <message>
        <source>Different URIs for guests and hosts</source>
        <translation>게스트와 호스트에 서로 다른 URI</translation>
    </message>
    <message>
        <source>One URI, a guest PIN and a host PIN</source>
        <translation>하나의 URI, 게스트 PIN과 호스트 PIN</translation>
    </message>
    <message>
        <source>One URI, no guest PIN and a host PIN</source>
        <translation>하나의 URI, 게스트 PIN 없음과 호스트 PIN</translation>
    </message>
    <message>
        <source>The host is a member of the space</source>
        <translation>호스트가 스페이스의 멤버</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <extracomment>%1: why a value typed for the hosts cannot be used</extracomment>
        <translation>호스트: %1</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <extracomment>%1: why a value typed for the guests cannot be used</extracomment>
        <translation>게스트: %1</translation>
    </message>
    <message>
        <source>Choose one of the four patterns.</source>
        <translation>네 가지 패턴 중 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>A new space needs a name.</source>
        <translation>새 스페이스에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Choose what happens to the guests when the last host leaves.</source>
        <translation>마지막 호스트가 나갈 때 게스트를 어떻게 처리할지 선택하십시오.</translation>
    </message>
    <message>
        <source>Guests and hosts dial the same URI in this pattern: give the space a URI.</source>
        <translation>이 패턴에서는 게스트와 호스트가 같은 URI로 전화합니다. 스페이스에 URI를 지정하십시오.</translation>
    </message>
    <message>
        <source>Give the hosts a URI or a call ID of their own.</source>
        <translation>호스트에게 별도의 URI 또는 통화 ID를 지정하십시오.</translation>
    </message>
    <message>
        <source>The hosts&apos; URI must differ from the guests&apos; URI.</source>
        <translation>호스트 URI는 게스트 URI와 달라야 합니다.</translation>
    </message>
    <message>
        <source>Guests need a PIN in this pattern.</source>
        <translation>이 패턴에서는 게스트에게 PIN이 필요합니다.</translation>
    </message>
    <message>
        <source>Hosts need a PIN in this pattern.</source>
        <translation>이 패턴에서는 호스트에게 PIN이 필요합니다.</translation>
    </message>
    <message>
        <source>The host PIN must differ from the guest PIN: the PIN is what tells them apart.</source>
        <translation>호스트 PIN은 게스트 PIN과 달라야 합니다. PIN으로 둘을 구분합니다.</translation>
    </message>
    <message>
        <source>Guests have no PIN in this pattern: leave it empty.</source>
        <translation>이 패턴에서는 게스트에게 PIN이 없습니다. 비워 두십시오.</translation>
    </message>
    <message>
        <source>Choose how guests enter an empty PIN: by pressing # or by waiting.</source>
        <translation>게스트가 빈 PIN을 입력하는 방법을 선택하십시오. #을 누르거나 기다리는 방법이 있습니다.</translation>
    </message>
    <message>
        <source>Give the number of seconds of silence that count as an empty PIN.</source>
        <translation>빈 PIN으로 간주할 무음 시간(초)을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose the host user.</source>
        <translation>호스트 사용자를 선택하십시오.</translation>
    </message>
    <message>
        <source>The hosts&apos; call ID must differ from the guests&apos; call ID.</source>
        <translation>호스트 통화 ID는 게스트 통화 ID와 달라야 합니다.</translation>
    </message>
    <message>
        <source>A passcode timeout only applies to the pattern without a guest PIN.</source>
        <translation>암호 시간 제한은 게스트 PIN이 없는 패턴에만 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>GuestHostPlanner</name>
    <message>
        <source>Add %1 as a member with the host call leg profile: %2 (POST /%3)</source>
        <translation>호스트 콜 레그 프로필로 멤버 추가: %1, %2 (POST /%3)</translation>
    </message>
    <message>
        <source>the member %1</source>
        <translation>멤버 %1</translation>
    </message>
    <message>
        <source>(the new guest call leg profile)</source>
        <translation>(새 게스트 콜 레그 프로필)</translation>
    </message>
    <message>
        <source>(the new host call leg profile)</source>
        <translation>(새 호스트 콜 레그 프로필)</translation>
    </message>
    <message>
        <source>(the new call profile)</source>
        <translation>(새 통화 프로필)</translation>
    </message>
    <message>
        <source>(the new space)</source>
        <translation>(새 스페이스)</translation>
    </message>
    <message>
        <source>The guests use the existing call leg profile “%1” (%2): its settings are exactly %3.</source>
        <extracomment>%1: profile name, %2: its id, %3: its settings (&quot;deactivationMode=deactivate, needsActivation=true&quot;)</extracomment>
        <translation>게스트는 기존 콜 레그 프로필 “%1”(%2)에 따릅니다. 설정이 정확히 %3입니다.</translation>
    </message>
    <message>
        <source>The hosts use the existing call leg profile “%1” (%2): its settings are exactly %3.</source>
        <translation>호스트는 기존 콜 레그 프로필 “%1”(%2)에 따릅니다. 설정이 정확히 %3입니다.</translation>
    </message>
    <message>
        <source>Guests wait for a host</source>
        <translation>게스트는 호스트를 기다림</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Create the guest call leg profile: %1 (POST /callLegProfiles)</source>
        <translation>게스트 콜 레그 프로필 만들기: %1 (POST /callLegProfiles)</translation>
    </message>
    <message>
        <source>Create the host call leg profile: %1 (POST /callLegProfiles)</source>
        <translation>호스트 콜 레그 프로필 만들기: %1 (POST /callLegProfiles)</translation>
    </message>
    <message>
        <source>The space uses the existing call profile %1: its settings are exactly %2.</source>
        <translation>스페이스는 기존 통화 프로필 %1에 따릅니다. 설정이 정확히 %2입니다.</translation>
    </message>
    <message>
        <source>Create a call profile for guests without a PIN: %1 (POST /callProfiles)</source>
        <translation>PIN이 없는 게스트용 통화 프로필 만들기: %1 (POST /callProfiles)</translation>
    </message>
    <message>
        <source>Change %1: %2 (PUT /%3)</source>
        <extracomment>%1: what is changed (&quot;the space “Board”&quot;), %2: &quot;field: old → new, …&quot;, %3: the API path</extracomment>
        <translation>%1 변경: %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>The space %1 was not found on the cluster.</source>
        <translation>클러스터에 %1 스페이스가 없습니다.</translation>
    </message>
    <message>
        <source>The space has no URI, and hosts dial the space&apos;s URI in this pattern: give it one.</source>
        <translation>스페이스에 URI가 없는데, 이 패턴에서는 호스트가 스페이스의 URI로 전화합니다. URI를 지정하십시오.</translation>
    </message>
    <message>
        <source>The hosts&apos; URI must differ from the guests&apos; URI.</source>
        <translation>호스트 URI는 게스트 URI와 달라야 합니다.</translation>
    </message>
    <message>
        <source>The hosts&apos; call ID must differ from the guests&apos; call ID.</source>
        <translation>호스트 통화 ID는 게스트 통화 ID와 달라야 합니다.</translation>
    </message>
    <message>
        <source>“%1” is already used by the space “%2”.</source>
        <extracomment>%1: a URI or call ID, %2: the name of the space that has it</extracomment>
        <translation>스페이스 “%2”에서 이미 “%1” 값을 사용 중입니다.</translation>
    </message>
    <message>
        <source>The cluster knows no user %1 (users come from the directory).</source>
        <translation>클러스터에 해당 사용자가 없습니다: %1 (사용자는 디렉터리에서 가져옵니다)</translation>
    </message>
    <message>
        <source>The space&apos;s call profile %1 already has passcodeMode=%2.</source>
        <translation>스페이스의 통화 프로필 %1에 이미 passcodeMode=%2 설정이 있습니다.</translation>
    </message>
    <message>
        <source>the space “%1”</source>
        <translation>스페이스 “%1”</translation>
    </message>
    <message>
        <source>The space “%1” is already set up for guests.</source>
        <translation>스페이스 “%1”의 게스트 설정이 이미 되어 있습니다.</translation>
    </message>
    <message>
        <source>Create the space “%1”: %2 (POST /coSpaces)</source>
        <translation>스페이스 “%1” 만들기: %2 (POST /coSpaces)</translation>
    </message>
    <message>
        <source>the hosts&apos; access method %1</source>
        <translation>호스트 액세스 방법 %1</translation>
    </message>
    <message>
        <source>The hosts&apos; access method %1 is already right.</source>
        <translation>호스트 액세스 방법 %1의 설정이 이미 올바릅니다.</translation>
    </message>
    <message>
        <source>Create the hosts&apos; access method: %1 (POST /%2)</source>
        <translation>호스트 액세스 방법 만들기: %1 (POST /%2)</translation>
    </message>
    <message>
        <source>%1 is already a member with the host call leg profile.</source>
        <translation>이미 호스트 콜 레그 프로필로 등록된 멤버입니다: %1</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1: step number, %2: number of steps, %3: the step</extracomment>
        <translation>단계 %1/%2: %3</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <extracomment>%1: a step being undone after a later one failed</extracomment>
        <translation>되돌리는 중: %1</translation>
    </message>
</context>
<context>
    <name>ProfileFieldGuide</name>
    <message>
        <source>The name shown for it in lists and choices.</source>
        <translation>목록과 선택 항목에 표시되는 이름입니다.</translation>
    </message>
    <message>
        <source>Yes: the participant waits in the lobby until a host joins.</source>
        <translation>예: 호스트가 참가할 때까지 참가자가 대기실에서 기다립니다.</translation>
    </message>
    <message>
        <source>What happens to the participants who waited for a host when the last host leaves.</source>
        <translation>마지막 호스트가 나갈 때 호스트를 기다리던 참가자에게 일어나는 일입니다.</translation>
    </message>
    <message>
        <source>How long after the last host leaves that happens.</source>
        <translation>마지막 호스트가 나간 뒤 그 일이 일어나기까지의 시간입니다.</translation>
    </message>
    <message>
        <source>The screen layout the participant sees on joining.</source>
        <translation>참가자가 참가할 때 보는 화면 레이아웃입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may change the layout.</source>
        <translation>참가자가 레이아웃을 변경할 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether participants&apos; names are shown on their video.</source>
        <translation>참가자 이름을 비디오에 표시할지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may share a presentation.</source>
        <translation>참가자가 프레젠테이션을 공유할 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant sees the presentations others share.</source>
        <translation>참가자가 다른 사람이 공유하는 프레젠테이션을 볼 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may end the meeting for everyone.</source>
        <translation>참가자가 모든 사람의 회의를 종료할 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may mute other participants&apos; audio.</source>
        <translation>참가자가 다른 참가자의 오디오를 음소거할 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may stop other participants&apos; video.</source>
        <translation>참가자가 다른 참가자의 비디오를 중지할 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may mute their own audio.</source>
        <translation>참가자가 자신의 오디오를 음소거할 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may stop their own video.</source>
        <translation>참가자가 자신의 비디오를 중지할 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may disconnect other participants.</source>
        <translation>참가자가 다른 참가자의 연결을 끊을 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Whether the participant may add participants to the meeting.</source>
        <translation>참가자가 회의에 참가자를 추가할 수 있는지 여부입니다.</translation>
    </message>
    <message>
        <source>Yes: the participant&apos;s audio is not passed on to the meeting.</source>
        <translation>예: 참가자의 오디오가 회의에 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Yes: the meeting&apos;s audio is not sent to the participant.</source>
        <translation>예: 회의 오디오가 참가자에게 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Yes: the participant&apos;s video is not passed on to the meeting.</source>
        <translation>예: 참가자의 비디오가 회의에 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Yes: the meeting&apos;s video is not sent to the participant.</source>
        <translation>예: 회의 비디오가 참가자에게 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>A tone sounds when someone joins while the meeting has at most this many participants.</source>
        <translation>회의 참가자가 이 수 이하일 때 누군가 참가하면 알림음이 울립니다.</translation>
    </message>
    <message>
        <source>A tone sounds when someone leaves while the meeting has at most this many participants.</source>
        <translation>회의 참가자가 이 수 이하일 때 누군가 나가면 알림음이 울립니다.</translation>
    </message>
    <message>
        <source>The longest the participant&apos;s call may last.</source>
        <translation>참가자의 통화가 지속될 수 있는 최대 시간입니다.</translation>
    </message>
    <message>
        <source>The highest resolution and frame rate of the main video.</source>
        <translation>기본 비디오의 최대 해상도와 프레임 속도입니다.</translation>
    </message>
    <message>
        <source>The highest resolution and frame rate of presentations.</source>
        <translation>프레젠테이션의 최대 해상도와 프레임 속도입니다.</translation>
    </message>
    <message>
        <source>When the number of participants is shown on screen.</source>
        <translation>참가자 수를 화면에 표시하는 시점입니다.</translation>
    </message>
    <message>
        <source>Whether a SIP call&apos;s media may, must or must not be encrypted.</source>
        <translation>SIP 통화의 미디어를 암호화할 수 있는지, 해야 하는지, 하면 안 되는지입니다.</translation>
    </message>
    <message>
        <source>The most participants a meeting with this profile may have.</source>
        <translation>이 프로필을 사용하는 회의의 최대 참가자 수입니다.</translation>
    </message>
    <message>
        <source>Yes: meetings are locked, and the lock keeps newcomers out.</source>
        <translation>예: 회의가 잠기며, 잠금으로 새 참가자가 들어올 수 없습니다.</translation>
    </message>
    <message>
        <source>Whom a locked meeting keeps out: everyone new, or only those who wait for a host.</source>
        <translation>잠긴 회의가 막는 대상: 모든 새 참가자 또는 호스트를 기다리는 참가자만.</translation>
    </message>
    <message>
        <source>Whether meetings can be recorded, and whether recording starts by itself.</source>
        <translation>회의를 녹화할 수 있는지, 그리고 녹화가 자동으로 시작되는지입니다.</translation>
    </message>
    <message>
        <source>Whether meetings can be streamed, and whether streaming starts by itself.</source>
        <translation>회의를 스트리밍할 수 있는지, 그리고 스트리밍이 자동으로 시작되는지입니다.</translation>
    </message>
    <message>
        <source>How a SIP caller gives an empty passcode: by pressing #, or by silence until the timeout.</source>
        <translation>SIP 발신자가 빈 암호를 입력하는 방법: #을 누르거나 제한 시간까지 아무것도 입력하지 않습니다.</translation>
    </message>
    <message>
        <source>How long a silence counts as an empty passcode, when the timeout applies.</source>
        <translation>제한 시간 방식일 때 얼마 동안 입력이 없으면 빈 암호로 간주하는지입니다.</translation>
    </message>
    <message>
        <source>Whether meetings have a message board (before CMS 3.0).</source>
        <translation>회의에 메시지 보드가 있는지 여부입니다(CMS 3.0 이전).</translation>
    </message>
    <message>
        <source>The fewest digits a passcode may have: a shorter one is refused.</source>
        <translation>암호의 최소 자릿수입니다. 더 짧은 암호는 거부됩니다.</translation>
    </message>
    <message>
        <source>Yes: passcodes already set that are shorter keep working.</source>
        <translation>예: 이미 설정된 더 짧은 암호도 계속 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>What the template is for, in a few words.</source>
        <translation>템플릿의 용도를 간단히 설명합니다.</translation>
    </message>
    <message>
        <source>How many access method templates the template has.</source>
        <translation>템플릿에 있는 액세스 방법 템플릿 수입니다.</translation>
    </message>
    <message>
        <source>The call profile of the spaces made from this template.</source>
        <translation>이 템플릿으로 만든 스페이스의 통화 프로필입니다.</translation>
    </message>
    <message>
        <source>The call leg profile of the spaces made from this template.</source>
        <translation>이 템플릿으로 만든 스페이스의 콜 레그 프로필입니다.</translation>
    </message>
    <message>
        <source>The dial-in security profile of the spaces made from this template.</source>
        <translation>이 템플릿으로 만든 스페이스의 다이얼인 보안 프로필입니다.</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: name and description.</extracomment>
        <translation>일반</translation>
    </message>
    <message>
        <source>Lobby and activation</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: waiting for a host, locking.</extracomment>
        <translation>대기실 및 활성화</translation>
    </message>
    <message>
        <source>Passcodes</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: what participants may do.</extracomment>
        <translation>권한</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: audio, video, layout, recording.</extracomment>
        <translation>미디어</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>Heading of a space template&apos;s group of settings: the profiles its spaces get.</extracomment>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation>기타 설정</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
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
        <translation>알 수 없는 매개변수입니다: “%1”. 혹시 “%2” 매개변수를 입력하려고 하셨습니까?</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”.</source>
        <translation>알 수 없는 매개변수입니다: “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %Ln characters long.</source>
        <translation>
            <numerusform>“%1” 항목은 최대 %Ln자까지 입력할 수 있습니다.</numerusform>
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
        <translation>“%1” 항목에는 숫자만 사용할 수 있습니다. 숫자가 아닌 문자: “%2”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %Ln digits long.</source>
        <translation>
            <numerusform>“%1” 항목은 최대 %Ln자리까지 입력할 수 있습니다.</numerusform>
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
        <translation>“%1” 항목에는 다음을 사용할 수 없습니다: “%2”</translation>
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
    <name>SchemaValue</name>
    <message>
        <source>All equal</source>
        <translation>모두 같은 크기</translation>
    </message>
    <message>
        <source>Speaker only</source>
        <translation>발언자만</translation>
    </message>
    <message>
        <source>Telepresence</source>
        <translation>텔레프레즌스</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>겹쳐 보기</translation>
    </message>
    <message>
        <source>All equal, 2 × 2</source>
        <translation>모두 같은 크기, 2 × 2</translation>
    </message>
    <message>
        <source>All equal, 3 × 3</source>
        <translation>모두 같은 크기, 3 × 3</translation>
    </message>
    <message>
        <source>All equal, 4 × 4</source>
        <translation>모두 같은 크기, 4 × 4</translation>
    </message>
    <message>
        <source>All equal, 5 × 5</source>
        <translation>모두 같은 크기, 5 × 5</translation>
    </message>
    <message>
        <source>One large and five small</source>
        <translation>큰 화면 1개와 작은 화면 5개</translation>
    </message>
    <message>
        <source>One large and seven small</source>
        <translation>큰 화면 1개와 작은 화면 7개</translation>
    </message>
    <message>
        <source>One large and nine small</source>
        <translation>큰 화면 1개와 작은 화면 9개</translation>
    </message>
    <message>
        <source>One large and the others small</source>
        <translation>큰 화면 1개와 나머지는 작은 화면</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Started by a participant</source>
        <translation>참가자가 시작</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>멤버만</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>모든 사람</translation>
    </message>
    <message>
        <source>Those who wait for a host</source>
        <translation>호스트를 기다리는 참가자</translation>
    </message>
    <message>
        <source>Must be entered</source>
        <translation>입력해야 함</translation>
    </message>
    <message>
        <source>Accepted after a wait</source>
        <translation>잠시 후 허용</translation>
    </message>
    <message>
        <source>Guests wait for a host again</source>
        <translation>게스트가 다시 호스트를 기다림</translation>
    </message>
    <message>
        <source>Guests are disconnected</source>
        <translation>게스트 연결이 끊김</translation>
    </message>
    <message>
        <source>The meeting goes on</source>
        <translation>회의가 계속됨</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Up to 1080p at 30 frames/s</source>
        <translation>최대 1080p, 초당 30프레임</translation>
    </message>
    <message>
        <source>Up to 720p at 30 frames/s</source>
        <translation>최대 720p, 초당 30프레임</translation>
    </message>
    <message>
        <source>Up to 480p at 30 frames/s</source>
        <translation>최대 480p, 초당 30프레임</translation>
    </message>
    <message>
        <source>Up to 720p at 5 frames/s</source>
        <translation>최대 720p, 초당 5프레임</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>표시 안 함</translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation>필요할 때</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>허용 안 함</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed: a URI is already in use</source>
        <translation>실패: 이미 사용 중인 URI가 있음</translation>
    </message>
    <message>
        <source>Failed: a call ID is already in use</source>
        <translation>실패: 이미 사용 중인 통화 ID가 있음</translation>
    </message>
    <message>
        <source>Failed: the index range is not valid</source>
        <translation>실패: 인덱스 범위가 올바르지 않음</translation>
    </message>
    <message>
        <source>Failed: the index range is too large</source>
        <translation>실패: 인덱스 범위가 너무 큼</translation>
    </message>
    <message>
        <source>Failed: the parameter set does not exist</source>
        <translation>실패: 매개변수 세트가 없음</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>수신</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>발신</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>시작 중</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>벨 울림</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>보류 중</translation>
    </message>
</context>
<context>
    <name>cms::AdHocMeetingStartOperation</name>
    <message>
        <source>A meeting already runs in “%1” on %2.</source>
        <translation>“%1”에서 %2에 회의가 이미 진행 중입니다.</translation>
    </message>
    <message>
        <source>%1 does not answer: the meeting is not started there, nor moved to another call bridge without your say.</source>
        <translation>%1에서 응답이 없습니다. 회의를 그곳에서 시작하지 않으며, 동의 없이 다른 콜 브리지로 옮기지도 않습니다.</translation>
    </message>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <extracomment>%1: the space, %2: what changes</extracomment>
        <translation>회의를 위해 스페이스 “%1” 준비: %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Start the meeting of “%1” on %2 (POST /calls coSpace=%3)</source>
        <extracomment>%1: the space, %2: the call bridge</extracomment>
        <translation>%2에서 “%1” 스페이스의 회의 시작(POST /calls coSpace=%3)</translation>
    </message>
</context>
<context>
    <name>cms::AdmitOperation</name>
    <message>
        <source>%1 is not waiting in the lobby.</source>
        <translation>대기실에서 대기 중인 참가자가 아닙니다: %1</translation>
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
    <name>cms::BulkSpaceChange</name>
    <message>
        <source>This space was created automatically for a user; it is removed with the user.</source>
        <translation>이 스페이스는 사용자를 위해 자동으로 생성되었으며 해당 사용자와 함께 제거됩니다.</translation>
    </message>
    <message>
        <source>Space %1 deleted.</source>
        <extracomment>Activity log. %1: space name</extracomment>
        <translation>%1 스페이스를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Field %1 unset on space %2.</source>
        <extracomment>Activity log. %1: field (API name), %2: space name</extracomment>
        <translation>스페이스 %2에서 필드 %1의 설정을 해제했습니다.</translation>
    </message>
    <message>
        <source>Field %1 set on space %2.</source>
        <extracomment>Activity log. %1: field (API name), %2: space name</extracomment>
        <translation>스페이스 %2에서 필드 %1의 값을 설정했습니다.</translation>
    </message>
</context>
<context>
    <name>cms::BulkSyncStatus</name>
    <message>
        <source>The bulk sync is waiting to start on the server.</source>
        <translation>일괄 동기화가 서버에서 시작을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>The server is creating, updating or removing the placeholder spaces.</source>
        <translation>서버가 자리 표시 스페이스를 만들거나 업데이트하거나 제거하고 있습니다.</translation>
    </message>
    <message>
        <source>The bulk sync is complete.</source>
        <translation>일괄 동기화가 완료되었습니다.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: one of the URIs that “%1” makes for indexes %2–%3 is already used by another space or access method. Choose another URI pattern or another range.</source>
        <extracomment>%1: the URI pattern, %2–%3: the index range</extracomment>
        <translation>일괄 동기화가 중지되었습니다. 패턴 “%1”에서 인덱스 %2–%3에 대해 만드는 URI 중 하나를 다른 스페이스나 액세스 방법이 이미 사용하고 있습니다. 다른 URI 패턴이나 다른 범위를 선택하십시오.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: one of the call IDs that “%1” makes for indexes %2–%3 is already used by another space or access method. Choose another call ID pattern or another range.</source>
        <extracomment>%1: the call ID pattern, %2–%3: the index range</extracomment>
        <translation>일괄 동기화가 중지되었습니다. 패턴 “%1”에서 인덱스 %2–%3에 대해 만드는 통화 ID 중 하나를 다른 스페이스나 액세스 방법이 이미 사용하고 있습니다. 다른 통화 ID 패턴이나 다른 범위를 선택하십시오.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: the server finds the index range %1–%2 invalid (the first index must not come after the last).</source>
        <translation>일괄 동기화가 중지되었습니다. 서버가 인덱스 범위 %1–%2 값을 잘못된 범위로 판단했습니다(첫 인덱스가 마지막 인덱스보다 뒤에 올 수 없습니다).</translation>
    </message>
    <message>
        <source>The bulk sync stopped: the range %1–%2 holds more spaces than the server makes in one bulk sync. Create the pool in smaller ranges (grow it range by range).</source>
        <translation>일괄 동기화가 중지되었습니다. 범위 %1–%2에는 서버가 한 번의 일괄 동기화로 만들 수 있는 것보다 많은 스페이스가 들어 있습니다. 더 작은 범위로 풀을 만드십시오(범위별로 확장).</translation>
    </message>
    <message>
        <source>The bulk sync stopped: its bulk parameter set no longer exists on the server (someone deleted it meanwhile).</source>
        <translation>일괄 동기화가 중지되었습니다. 해당 일괄 매개변수 세트가 서버에 더 이상 없습니다(그 사이에 누군가 삭제했습니다).</translation>
    </message>
    <message>
        <source>The bulk sync failed on the server, which gives no reason: some placeholder spaces of the range %1–%2 may have been made or changed before it stopped.</source>
        <translation>서버에서 일괄 동기화가 실패했으며 서버는 이유를 알려 주지 않습니다. 중지되기 전에 범위 %1–%2의 일부 자리 표시 스페이스가 만들어지거나 변경되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The bulk sync ended with a status this console does not know: “%1”.</source>
        <translation>일괄 동기화가 이 콘솔에서 알 수 없는 상태로 끝났습니다: “%1”.</translation>
    </message>
</context>
<context>
    <name>cms::ClusterRegistry</name>
    <message>
        <source>The cluster was not saved: it needs at least the primary call bridge&apos;s address.</source>
        <translation>클러스터를 저장하지 않았습니다. 최소한 기본 콜 브리지의 주소가 필요합니다.</translation>
    </message>
    <message>
        <source>The cluster “%1” was not saved: a password could not be stored. %2</source>
        <translation>“%1” 클러스터를 저장하지 않았습니다. 비밀번호를 저장할 수 없습니다. %2</translation>
    </message>
</context>
<context>
    <name>cms::ClusterSession</name>
    <message>
        <source>The cluster has no call bridge address. Edit the cluster and enter one.</source>
        <translation>클러스터에 콜 브리지 주소가 없습니다. 클러스터를 편집하여 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>No password is stored for the user “%1” on the call bridge %2. Edit the cluster and enter the password.</source>
        <translation>콜 브리지 %2의 사용자 “%1”에 대해 저장된 비밀번호가 없습니다. 클러스터를 편집하여 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Configuration traffic moved from the call bridge %1 to %2. %3</source>
        <translation>구성 트래픽이 이제 콜 브리지 %2에서 처리됩니다(이전: 콜 브리지 %1). %3</translation>
    </message>
    <message>
        <source>Configuration traffic returned from the call bridge %1 to the primary, %2. %3</source>
        <translation>구성 트래픽이 다시 기본 콜 브리지 %2에서 처리됩니다(이전: 콜 브리지 %1). %3</translation>
    </message>
    <message>
        <source>The cluster&apos;s call bridges could not be listed. %1</source>
        <translation>클러스터의 콜 브리지 목록을 가져올 수 없습니다. %1</translation>
    </message>
    <message numerus="yes">
        <source>Discovery found %Ln call bridge(s) in the cluster.</source>
        <translation>
            <numerusform>클러스터에서 콜 브리지 %Ln개를 발견했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call bridge %1 does not answer.</source>
        <translation>콜 브리지 %1에서 응답이 없습니다.</translation>
    </message>
    <message>
        <source>The call bridge %1 answers again.</source>
        <translation>콜 브리지 %1에서 다시 응답합니다.</translation>
    </message>
    <message>
        <source>Connected to the call bridge %1: CMS version %2.</source>
        <translation>콜 브리지 %1에 연결되었습니다(CMS 버전 %2).</translation>
    </message>
    <message>
        <source>The call bridge %1 showed a different certificate from the one pinned for it. Nothing is sent to it until you decide whether to trust the new one.</source>
        <translation>콜 브리지 %1에서 제시한 인증서가 고정된 인증서와 다릅니다. 새 인증서를 신뢰할지 결정할 때까지 이 콜 브리지에는 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>The call bridge %1 showed a certificate that is not trusted. Nothing is sent to it until you decide whether to trust it.</source>
        <translation>콜 브리지 %1에서 신뢰할 수 없는 인증서를 제시했습니다. 인증서를 신뢰할지 결정할 때까지 이 콜 브리지에는 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A call bridge in a sentence: %1 its name (&quot;CallBridge-Paris&quot;), %2 its address (host:port).</extracomment>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>cms::ConfigStepsOperation</name>
    <message>
        <source>The server accepted the request, but %1 reads back as “%2” instead of “%3”.</source>
        <translation>서버가 요청을 수락했지만 다시 읽은 %1 값이 예상한 “%3” 값과 다른 “%2” 값입니다.</translation>
    </message>
    <message>
        <source>The server accepted the request but did not say what it created.</source>
        <translation>서버가 요청을 수락했지만 무엇을 만들었는지 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1, created by this run (deleting it failed: %2).</source>
        <extracomment>%1: the API path of an object that was created and could not be deleted, %2: why</extracomment>
        <translation>클러스터에 남음: 이번 실행에서 만든 /%1(삭제 실패: %2)</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1 keeps the new values of %2 (putting the old ones back failed: %3).</source>
        <extracomment>%1: API path, %2: the fields that keep their new values, %3: why</extracomment>
        <translation>클러스터에 남음: /%1의 %2 항목이 새 값을 유지합니다(이전 값 복원 실패: %3).</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
%3
Everything done before it was undone: nothing is left behind.</source>
        <extracomment>%1: step number, %2: the step, %3: why it failed</extracomment>
        <translation>%1단계 실패: %2
%3
그 전에 수행한 작업을 모두 되돌렸습니다. 남은 것은 없습니다.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
%3
Not everything could be undone:
%4</source>
        <extracomment>%1: step number, %2: the step, %3: why it failed, %4: what is left, one per line</extracomment>
        <translation>%1단계 실패: %2
%3
일부 작업을 되돌리지 못했습니다.
%4</translation>
    </message>
</context>
<context>
    <name>cms::Connection</name>
    <message numerus="yes">
        <source>The primary call bridge %1 has answered again for %Ln second(s).</source>
        <translation>
            <numerusform>기본 콜 브리지 %1에서 %Ln초 전부터 다시 응답하고 있습니다.</numerusform>
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
        <translation>콜 브리지 %1에서 %2에 대한 생성 요청을 받은 후 오류가 발생했습니다. 개체가 이미 생성되었을 수 있으므로 요청을 다른 콜 브리지로 다시 보내지 않았습니다. 다시 만들기 전에 확인하십시오.</translation>
    </message>
    <message>
        <source>Call bridge %1 does not answer.</source>
        <translation>콜 브리지 %1에서 응답이 없습니다.</translation>
    </message>
    <message>
        <source>Call bridge %1 does not answer: %2</source>
        <translation>콜 브리지 %1에서 응답이 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cms::DialAddress</name>
    <message>
        <source>Type the address to dial: a URI such as alice@example.com, or a telephone number.</source>
        <translation>전화할 주소를 입력하세요. alice@example.com 같은 URI 또는 전화번호를 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>주소에는 공백을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Type the name before the @, as in alice@example.com.</source>
        <translation>alice@example.com처럼 @ 앞에 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Type the domain after the @, as in alice@example.com.</source>
        <translation>alice@example.com처럼 @ 뒤에 도메인을 입력하세요.</translation>
    </message>
    <message>
        <source>An address holds only one @.</source>
        <translation>주소에는 @를 하나만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>The character %1 cannot be used before the @.</source>
        <translation>@ 앞에는 %1 문자를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a domain name or an IP address.</source>
        <translation>도메인 이름이나 IP 주소가 아닙니다: %1</translation>
    </message>
    <message>
        <source>%1 has no domain: type the whole address, as in %2.</source>
        <translation>도메인이 없습니다: %1. %2처럼 전체 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation>포트 번호(1~65535)가 아닙니다: %1</translation>
    </message>
    <message>
        <source>A telephone number holds only digits, with an optional + first.</source>
        <translation>전화번호에는 숫자만 쓸 수 있으며, 맨 앞에 +를 붙일 수 있습니다.</translation>
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
    <name>cms::MeetingEndOperation</name>
    <message>
        <source>“%1” is not a placeholder of any pool: give the name to put back on it.</source>
        <translation>“%1” 스페이스는 어떤 풀의 자리 표시 스페이스도 아닙니다. 다시 설정할 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>No meeting runs in “%1”: only the placeholder is put back.</source>
        <translation>“%1”에서 진행 중인 회의가 없습니다. 자리 표시 스페이스만 복원합니다.</translation>
    </message>
    <message>
        <source>Put the placeholder back on “%1”: %2 (PUT /%3)</source>
        <translation>“%1” 스페이스를 자리 표시 스페이스로 복원: %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>End the meeting&apos;s call on %1 for everyone (DELETE /%2)</source>
        <translation>%1에서 모든 참가자의 회의 통화 종료 (DELETE /%2)</translation>
    </message>
    <message>
        <source>The meeting&apos;s call bridge %1 does not answer (%2): its meeting is not moved to another call bridge.</source>
        <translation>회의의 콜 브리지 %1에서 응답이 없습니다(%2). 해당 회의는 다른 콜 브리지로 옮기지 않습니다.</translation>
    </message>
    <message>
        <source>The server accepted the request, but the meeting&apos;s call is still there.</source>
        <translation>서버가 요청을 수락했지만 회의 통화가 아직 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>cms::MeetingExtendOperation</name>
    <message>
        <source>No meeting runs in “%1”: there is nothing to extend.</source>
        <translation>“%1”에서 진행 중인 회의가 없습니다. 연장할 회의가 없습니다.</translation>
    </message>
    <message>
        <source>No meeting of “%1” was found. %2</source>
        <translation>“%1”의 회의를 찾지 못했습니다. %2</translation>
    </message>
    <message>
        <source>Check that the meeting still runs on %1 (GET /calls/%2)</source>
        <translation>%1에서 회의가 아직 진행 중인지 확인 (GET /calls/%2)</translation>
    </message>
    <message>
        <source>The meeting ended meanwhile: there is nothing to extend.</source>
        <translation>그 사이에 회의가 끝났습니다. 연장할 회의가 없습니다.</translation>
    </message>
    <message>
        <source>The meeting&apos;s call bridge %1 does not answer (%2): a meeting is not moved to another call bridge, so it cannot be extended.</source>
        <extracomment>%1: the call bridge, %2: why</extracomment>
        <translation>회의의 콜 브리지 %1에서 응답이 없습니다(%2). 회의는 다른 콜 브리지로 옮기지 않으므로 연장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Extend the meeting in “%1”: %2 again (PUT /%3)</source>
        <translation>“%1”의 회의 연장: %2 다시 설정 (PUT /%3)</translation>
    </message>
</context>
<context>
    <name>cms::MeetingOperation</name>
    <message>
        <source>%1 does not answer: a meeting that ran there has ended with it, and CMS does not move running meetings to another call bridge.</source>
        <extracomment>%1: call bridges that do not answer</extracomment>
        <translation>%1에서 응답이 없습니다. 그곳에서 진행되던 회의는 함께 끝났으며, CMS는 진행 중인 회의를 다른 콜 브리지로 옮기지 않습니다.</translation>
    </message>
    <message>
        <source>a new secret</source>
        <translation>새 시크릿</translation>
    </message>
    <message>
        <source>no passcode</source>
        <translation>암호 없음</translation>
    </message>
    <message>
        <source>passcode •••</source>
        <translation>암호 •••</translation>
    </message>
    <message>
        <source>non-members may join</source>
        <translation>비멤버 참가 허용</translation>
    </message>
    <message>
        <source>non-members may not join</source>
        <translation>비멤버 참가 불가</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>이름 “%1”</translation>
    </message>
    <message>
        <source>The server accepted the change, but %1 reads back as “%2” instead of “%3”.</source>
        <translation>서버가 변경을 수락했지만 필드 %1의 값을 다시 읽으면 “%3” 값이 아니라 “%2” 값입니다.</translation>
    </message>
    <message>
        <source>The server accepted the change, but the space&apos;s secret is still the old one: links to the last meeting would still let people in.</source>
        <translation>서버가 변경을 수락했지만 스페이스의 시크릿이 이전 그대로입니다. 지난 회의의 링크로 여전히 들어올 수 있습니다.</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1 keeps the meeting&apos;s values (putting the old ones back failed: %2).</source>
        <extracomment>%1: API path, %2: why</extracomment>
        <translation>클러스터에 남음: /%1에 회의 값이 그대로 있습니다(이전 값 복원 실패: %2).</translation>
    </message>
    <message>
        <source>The call that started does not belong to the space.</source>
        <translation>시작된 통화가 이 스페이스의 통화가 아닙니다.</translation>
    </message>
    <message>
        <source>Left on %1: the call %2, started by this run (ending it failed: %3).</source>
        <translation>%1에 남음: 이번 실행에서 시작한 통화 %2(종료 실패: %3).</translation>
    </message>
</context>
<context>
    <name>cms::MeetingStartOperation</name>
    <message>
        <source>A meeting needs a name.</source>
        <translation>회의에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A meeting already runs in “%1” on %2: extend it or end it.</source>
        <translation>“%1”에서 %2에 회의가 이미 진행 중입니다. 연장하거나 종료하십시오.</translation>
    </message>
    <message>
        <source>There is no call bridge number %1.</source>
        <translation>%1번 콜 브리지가 없습니다.</translation>
    </message>
    <message>
        <source>%1 does not answer: the meeting is not started there, nor moved to another call bridge without your say.</source>
        <translation>%1에서 응답이 없습니다. 회의를 그곳에서 시작하지 않으며, 동의 없이 다른 콜 브리지로 옮기지도 않습니다.</translation>
    </message>
    <message>
        <source>No call bridge of the cluster answers: the meeting cannot start.</source>
        <translation>응답하는 클러스터 콜 브리지가 없습니다. 회의를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <extracomment>%1: the space, %2: what changes</extracomment>
        <translation>회의를 위해 스페이스 “%1” 준비: %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Start the meeting “%1” on %2 (POST /calls coSpace=%3)</source>
        <extracomment>%1: the meeting&apos;s name, %2: the call bridge</extracomment>
        <translation>%2에서 회의 “%1” 시작 (POST /calls coSpace=%3)</translation>
    </message>
    <message>
        <source>Dial %1 into the meeting from %2 (POST /calls/…/callLegs remoteParty=%1)</source>
        <extracomment>%1: the address dialled, %2: the call bridge</extracomment>
        <translation>%2에서 주소 %1로 회의에 발신 (POST /calls/…/callLegs remoteParty=%1)</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 연결됨</translation>
    </message>
    <message>
        <source>%1 is ringing.</source>
        <translation>%1 호출 중</translation>
    </message>
    <message>
        <source>%1 is on hold.</source>
        <translation>%1 보류 중</translation>
    </message>
    <message>
        <source>%1 is being dialled.</source>
        <translation>%1에 발신 중입니다.</translation>
    </message>
    <message>
        <source>Left in the meeting: the call to %1 (hanging up failed: %2).</source>
        <translation>회의에 남음: %1에 대한 통화(끊기 실패: %2).</translation>
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
    <name>cms::Operation</name>
    <message>
        <source>The connection to the cluster was closed before the operation ended.</source>
        <translation>작업이 끝나기 전에 클러스터 연결이 닫혔습니다.</translation>
    </message>
    <message>
        <source>Not undone, because the connection to the cluster was closed: %1</source>
        <extracomment>%1: the step, as in the preview</extracomment>
        <translation>클러스터 연결이 닫혀 실행 취소되지 않았습니다: %1</translation>
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
        <translation>대상 통화를 호스팅하는 콜 브리지 %1의 상태가 정상이 아닙니다.</translation>
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
        <translation>이동할 수 없는 참가자입니다(예: Lync 또는 Skype 참가자, 듀얼 홈 회의의 참가자): %1</translation>
    </message>
    <message>
        <source>%1 is already in that meeting.</source>
        <translation>이미 해당 회의에 있는 참가자입니다: %1</translation>
    </message>
    <message>
        <source>Move %1 into the call %2 on %3 (POST /calls/%2/participants movedParticipant=%4 needsActivation=false)</source>
        <translation>%1 이동(대상: %3의 통화 %2, POST /calls/%2/participants movedParticipant=%4 needsActivation=false)</translation>
    </message>
    <message>
        <source>%1 arrived in the target meeting, but is still listed in the original call.</source>
        <translation>%1: 대상 회의에 들어갔지만 아직 원래 통화 목록에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderPool</name>
    <message>
        <source>The %1 pattern is missing.</source>
        <extracomment>%1: which pattern (the name, the URI)</extracomment>
        <translation>%1 패턴이 없습니다.</translation>
    </message>
    <message>
        <source>The %1 pattern “%2” must hold $index$ exactly once.</source>
        <extracomment>%1: which pattern, %2: the pattern as typed</extracomment>
        <translation>%1 패턴 “%2”에는 $index$가 정확히 한 번 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>call ID</source>
        <translation>통화 ID</translation>
    </message>
    <message>
        <source>A call ID holds digits only: the call ID pattern may hold nothing but digits around $index$.</source>
        <translation>통화 ID는 숫자로만 이루어집니다. 통화 ID 패턴에는 $index$ 주위에 숫자만 들어갈 수 있습니다.</translation>
    </message>
    <message>
        <source>The range %1–%2 is not valid: the first index must be 0 or more, and not after the last.</source>
        <translation>범위 %1–%2 값이 올바르지 않습니다. 첫 인덱스는 0 이상이어야 하며 마지막 인덱스보다 뒤에 올 수 없습니다.</translation>
    </message>
    <message>
        <source>The range %1–%2 overlaps the pool&apos;s range %3–%4.</source>
        <extracomment>%1–%2: the range asked for, %3–%4: a range the pool already has</extracomment>
        <translation>범위 %1–%2 값이 풀의 범위 %3–%4 값과 겹칩니다.</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderPoolReader</name>
    <message>
        <source>The meetings of %1 could not be read: %2</source>
        <extracomment>%1: a call bridge, %2: why</extracomment>
        <translation>%1의 회의를 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderState</name>
    <message>
        <source>No space has the placeholder&apos;s URI %1: it was deleted, or its URI was changed.</source>
        <translation>자리 표시 스페이스의 URI %1 값을 가진 스페이스가 없습니다. 삭제되었거나 URI가 변경되었습니다.</translation>
    </message>
    <message>
        <source>A meeting runs, but non-members may not join: only the space&apos;s members get in.</source>
        <translation>회의가 진행 중이지만 비멤버는 참가할 수 없습니다. 스페이스 멤버만 들어올 수 있습니다.</translation>
    </message>
    <message>
        <source>No meeting runs, but the space is named “%1” instead of “%2”: a meeting may have ended without the placeholder being put back.</source>
        <extracomment>%1: the space&apos;s name, %2: the placeholder&apos;s own name</extracomment>
        <translation>진행 중인 회의가 없지만 스페이스 이름이 “%2” 대신 “%1”입니다. 자리 표시 스페이스를 복원하지 않은 채 회의가 끝났을 수 있습니다.</translation>
    </message>
    <message>
        <source>No meeting runs, but non-members may join: anyone who knows the URI can start a call in this placeholder.</source>
        <translation>진행 중인 회의가 없지만 비멤버가 참가할 수 있습니다. URI를 아는 누구나 이 자리 표시 스페이스에서 통화를 시작할 수 있습니다.</translation>
    </message>
    <message>
        <source>No meeting runs, but the space still has a meeting&apos;s passcode.</source>
        <translation>진행 중인 회의가 없지만 스페이스에 아직 회의 암호가 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>free</source>
        <comment>placeholder state</comment>
        <translation>사용 가능</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <comment>placeholder state</comment>
        <translation>회의 중</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <comment>placeholder state</comment>
        <translation>불일치</translation>
    </message>
</context>
<context>
    <name>cms::PoolAddRangeOperation</name>
    <message>
        <source>A pool with the name pattern “%1” exists already: grow it instead.</source>
        <translation>이름 패턴이 “%1”인 풀이 이미 있습니다. 대신 그 풀을 확장하십시오.</translation>
    </message>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>이름 패턴이 “%1”인 풀이 없습니다.</translation>
    </message>
    <message>
        <source>A pool grows by one placeholder at least.</source>
        <translation>풀은 자리 표시 스페이스를 한 개 이상 늘려야 합니다.</translation>
    </message>
</context>
<context>
    <name>cms::PoolBulkOperation</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Create the bulk parameter set of the placeholders %1 to %2: names “%3”, URIs “%4”, call IDs “%5”, non-members not allowed (POST /cospaceBulkParameterSets)</source>
        <extracomment>%1–%2: index range, %3: name pattern, %4: URI pattern, %5: call ID pattern</extracomment>
        <translation>자리 표시 스페이스 %1–%2의 일괄 매개변수 세트 만들기: 이름 “%3”, URI “%4”, 통화 ID “%5”, 비멤버 허용 안 함 (POST /cospaceBulkParameterSets)</translation>
    </message>
    <message>
        <source>The server accepted the request but did not say what it created.</source>
        <translation>서버가 요청을 수락했지만 무엇을 만들었는지 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>The server accepted the request, but %1 reads back as “%2” instead of “%3”.</source>
        <translation>서버가 요청을 수락했지만 필드 %1의 값을 다시 읽으면 “%3” 값이 아니라 “%2” 값입니다.</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1, created by this run (deleting it failed: %2).</source>
        <extracomment>%1: the API path of an object that was created and could not be deleted, %2: why</extracomment>
        <translation>클러스터에 남음: 이번 실행에서 만든 /%1(삭제 실패: %2).</translation>
    </message>
    <message>
        <source>Delete the bulk parameter set of the placeholders %1 to %2 (DELETE /cospaceBulkParameterSets/%3)</source>
        <translation>자리 표시 스페이스 %1–%2의 일괄 매개변수 세트 삭제 (DELETE /cospaceBulkParameterSets/%3)</translation>
    </message>
    <message>
        <source>The bulk parameter set of the placeholders %1 to %2 could not be made again: %3</source>
        <translation>자리 표시 스페이스 %1–%2의 일괄 매개변수 세트를 다시 만들 수 없습니다: %3</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs removeAll=true)</source>
        <translation>
            <numerusform>일괄 동기화로 범위 %1–%2의 자리 표시 스페이스 %n개 제거, 끝날 때까지 추적 (POST /cospaceBulkSyncs removeAll=true)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs)</source>
        <translation>
            <numerusform>일괄 동기화로 범위 %1–%2의 자리 표시 스페이스 %n개 만들기, 끝날 때까지 추적 (POST /cospaceBulkSyncs)</numerusform>
        </translation>
    </message>
    <message>
        <source>The placeholders %1 to %2 could not be made again: %3</source>
        <translation>자리 표시 스페이스 %1–%2 범위를 다시 만들 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Left on the cluster: the placeholders %1 to %2 this run may have made (removing them failed: %3).</source>
        <translation>클러스터에 남음: 이번 실행에서 만들었을 수 있는 자리 표시 스페이스 %1–%2(제거 실패: %3).</translation>
    </message>
</context>
<context>
    <name>cms::PoolRemoveOperation</name>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>이름 패턴이 “%1”인 풀이 없습니다.</translation>
    </message>
    <message>
        <source>The pool is not removed while a call bridge&apos;s meetings cannot be read:
%1</source>
        <translation>콜 브리지의 회의를 읽을 수 없는 동안에는 풀을 제거하지 않습니다:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s) of the pool hold a meeting: end those meetings first.</source>
        <translation>
            <numerusform>풀의 자리 표시 스페이스 %n개에서 회의가 진행 중입니다. 먼저 해당 회의를 종료하십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cms::ProfileLabels</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A call profile as shown wherever it appears: %1 the name the console gives it, %2 its id.</extracomment>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>cms::ProfileRepoint</name>
    <message>
        <source>«%1» cannot replace itself.</source>
        <translation>프로필 «%1» 자체로는 대체할 수 없습니다.</translation>
    </message>
    <message>
        <source>«%1» is neither re-pointed nor deleted, because it may be used where the console cannot see: %2</source>
        <translation>콘솔이 확인할 수 없는 곳에서 사용 중일 수 있으므로 «%1»의 참조를 바꾸지도, 삭제하지도 않았습니다: %2</translation>
    </message>
    <message>
        <source>Space members: the server says some use «%1» but not which, so the console cannot re-point them; change them in the spaces&apos; member lists first.</source>
        <translation>스페이스 멤버: 서버는 일부 멤버가 «%1» 프로필을 사용한다고만 알려 줄 뿐 어느 멤버인지는 알려 주지 않으므로 콘솔이 다시 지정할 수 없습니다. 먼저 스페이스의 멤버 목록에서 변경하세요.</translation>
    </message>
    <message>
        <source>Access methods: the server says some use «%1» but not which, so the console cannot re-point them; change them in the spaces&apos; access methods first.</source>
        <translation>액세스 방법: 서버는 일부 액세스 방법이 «%1» 프로필을 사용한다고만 알려 줄 뿐 어느 것인지는 알려 주지 않으므로 콘솔이 다시 지정할 수 없습니다. 먼저 스페이스의 액세스 방법에서 변경하세요.</translation>
    </message>
    <message>
        <source>Spaces: the API cannot list the spaces that use «%1»; the console has read %2 of %3 spaces in detail, so others may use it.</source>
        <translation>스페이스: API로는 «%1» 프로필을 사용하는 스페이스 목록을 얻을 수 없습니다. 콘솔이 스페이스 %3개 중 %2개만 자세히 읽었으므로 다른 스페이스에서 사용 중일 수 있습니다.</translation>
    </message>
    <message>
        <source>Spaces: the API offers no way to find the spaces that use «%1».</source>
        <translation>스페이스: API로는 «%1» 프로필을 사용하는 스페이스를 찾을 방법이 없습니다.</translation>
    </message>
    <message>
        <source>Access methods: the API offers no way to find the access methods that use «%1».</source>
        <translation>액세스 방법: API로는 «%1» 프로필을 사용하는 액세스 방법을 찾을 방법이 없습니다.</translation>
    </message>
    <message>
        <source>Space members: the API offers no way to find the members that use «%1».</source>
        <translation>스페이스 멤버: API로는 «%1» 프로필을 사용하는 멤버를 찾을 방법이 없습니다.</translation>
    </message>
    <message>
        <source>Some objects: the API offers no way to find all that use «%1».</source>
        <translation>일부 개체: API로는 «%1» 프로필을 사용하는 개체를 모두 찾을 방법이 없습니다.</translation>
    </message>
    <message>
        <source>Global profiles</source>
        <translation>전역 프로필</translation>
    </message>
    <message>
        <source>Tenant «%1»</source>
        <translation>테넌트 «%1»</translation>
    </message>
    <message>
        <source>Space «%1»</source>
        <translation>스페이스 «%1»</translation>
    </message>
    <message>
        <source>Space template «%1»</source>
        <translation>스페이스 템플릿 «%1»</translation>
    </message>
    <message>
        <source>Access method template «%1»</source>
        <translation>액세스 방법 템플릿 «%1»</translation>
    </message>
    <message>
        <source>Access method «%1»</source>
        <translation>액세스 방법 «%1»</translation>
    </message>
    <message>
        <source>Space member «%1»</source>
        <translation>스페이스 멤버 «%1»</translation>
    </message>
    <message>
        <source>%1: no longer use «%2», so the level above applies (PUT /%3 %4=)</source>
        <extracomment>%1: where, as in &quot;Space «Board»&quot;; %2: the profile</extracomment>
        <translation>%1: 프로필 «%2» 사용을 중단하고 상위 수준 설정을 적용 (PUT /%3 %4=)</translation>
    </message>
    <message>
        <source>%1: use «%2» instead of «%3» (PUT /%4 %5=%6)</source>
        <extracomment>%1: where, as in &quot;Space «Board»&quot;; %2: the replacement; %3: the profile deleted</extracomment>
        <translation>%1: «%3» 대신 «%2» 사용 (PUT /%4 %5=%6)</translation>
    </message>
    <message>
        <source>Check that «%1» is used nowhere any more</source>
        <translation>«%1» 프로필을 더 이상 어디에서도 사용하지 않는지 확인</translation>
    </message>
    <message>
        <source>«%1» is still in use (something may have been pointed to it meanwhile): it is not deleted.</source>
        <translation>«%1» 프로필이 아직 사용 중입니다(그 사이에 무언가가 이 프로필을 가리키도록 바뀌었을 수 있습니다). 삭제하지 않았습니다.</translation>
    </message>
    <message>
        <source>Delete «%1» (DELETE /%2)</source>
        <translation>«%1» 삭제 (DELETE /%2)</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerCommands</name>
    <message>
        <source>Give an interface: a, b, c or d, or none to turn the scheduler&apos;s HTTPS API off.</source>
        <translation>인터페이스를 지정하세요: a, b, c, d 중 하나, 또는 스케줄러의 HTTPS API를 끄려면 none.</translation>
    </message>
    <message>
        <source>“%1” is not an interface: use a, b, c or d, or none.</source>
        <translation>인터페이스가 아닙니다: “%1”. a, b, c, d 또는 none을 사용하세요.</translation>
    </message>
    <message>
        <source>Give a port, from 1 to 65535.</source>
        <translation>1에서 65535 사이의 포트를 지정하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a port: use a number from 1 to 65535.</source>
        <translation>포트가 아닙니다: “%1”. 1에서 65535 사이의 숫자를 사용하세요.</translation>
    </message>
    <message>
        <source>Give the name of the file on the server.</source>
        <translation>서버에 있는 파일의 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a file name the server takes: use letters, digits, “.”, “_” and “-” only, without spaces, and do not start with “.” or “-”.</source>
        <translation>서버에서 받아들이지 않는 파일 이름입니다: “%1”. 문자, 숫자, “.”, “_”, “-”만 공백 없이 사용하고 “.” 또는 “-”로 시작하지 마세요.</translation>
    </message>
    <message>
        <source>Give the e-mail server&apos;s hostname or address.</source>
        <translation>이메일 서버의 호스트 이름 또는 주소를 지정하세요.</translation>
    </message>
    <message>
        <source>“%1” is neither a hostname nor an address.</source>
        <translation>호스트 이름도 주소도 아닙니다: “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be typed as one word on the server&apos;s console: use letters, digits, “.”, “_”, “@”, “+” and “-” only.</source>
        <translation>서버 콘솔에서 한 단어로 입력할 수 없습니다: “%1”. 문자, 숫자, “.”, “_”, “@”, “+”, “-”만 사용하세요.</translation>
    </message>
    <message>
        <source>The scheduler&apos;s own HTTPS API listens on interface %1, port %2.</source>
        <extracomment>%1: an interface letter (a to d), %2: a port number</extracomment>
        <translation>스케줄러 자체 HTTPS API가 인터페이스 %1, 포트 %2에서 수신 대기합니다.</translation>
    </message>
    <message>
        <source>The key and full-chain certificate the scheduler&apos;s HTTPS API presents.</source>
        <translation>스케줄러의 HTTPS API가 제시하는 키와 전체 체인 인증서입니다.</translation>
    </message>
    <message>
        <source>The scheduler&apos;s own HTTPS API stays off.</source>
        <translation>스케줄러 자체 HTTPS API를 끈 상태로 둡니다.</translation>
    </message>
    <message>
        <source>The key and full-chain certificate the scheduler presents to each web bridge (C2W).</source>
        <translation>스케줄러가 각 웹 브리지에 제시하는 키와 전체 체인 인증서입니다(C2W).</translation>
    </message>
    <message>
        <source>The bundle of every web bridge&apos;s certificate: the scheduler trusts the web bridges it connects to.</source>
        <translation>모든 웹 브리지 인증서의 번들입니다. 스케줄러가 연결하는 웹 브리지를 신뢰합니다.</translation>
    </message>
    <message>
        <source>The e-mail server the scheduler sends its invitations through.</source>
        <translation>스케줄러가 초대를 보낼 때 사용하는 이메일 서버입니다.</translation>
    </message>
    <message>
        <source>SMTPS: the connection to the e-mail server is encrypted from the start.</source>
        <translation>SMTPS: 이메일 서버와의 연결이 처음부터 암호화됩니다.</translation>
    </message>
    <message>
        <source>SMTP: the connection to the e-mail server starts unencrypted.</source>
        <translation>SMTP: 이메일 서버와의 연결이 암호화 없이 시작됩니다.</translation>
    </message>
    <message>
        <source>Signing in to the e-mail server needs a user name.</source>
        <translation>이메일 서버에 로그인하려면 사용자 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>No user name for the e-mail server.</source>
        <translation>이메일 서버용 사용자 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The user name for the e-mail server. Its password is never written here: type it on the server&apos;s console, at its own prompt.</source>
        <translation>이메일 서버용 사용자 이름입니다. 암호는 여기에 쓰지 않습니다. 서버 콘솔의 자체 프롬프트에서 입력하세요.</translation>
    </message>
    <message>
        <source>The scheduler signs in to the e-mail server.</source>
        <translation>스케줄러가 이메일 서버에 로그인합니다.</translation>
    </message>
    <message>
        <source>The scheduler does not sign in to the e-mail server.</source>
        <translation>스케줄러가 이메일 서버에 로그인하지 않습니다.</translation>
    </message>
    <message>
        <source>The connection to the e-mail server is upgraded to TLS (STARTTLS).</source>
        <translation>이메일 서버와의 연결을 TLS로 전환합니다(STARTTLS).</translation>
    </message>
    <message>
        <source>The connection to the e-mail server is not upgraded to TLS (STARTTLS).</source>
        <translation>이메일 서버와의 연결을 TLS로 전환하지 않습니다(STARTTLS).</translation>
    </message>
    <message>
        <source>No trust bundle of your own for the e-mail server.</source>
        <translation>이메일 서버용 자체 신뢰 번들이 없습니다.</translation>
    </message>
    <message>
        <source>The bundle of certificates the scheduler trusts for the e-mail server.</source>
        <translation>스케줄러가 이메일 서버에 대해 신뢰하는 인증서 번들입니다.</translation>
    </message>
    <message>
        <source>On each web bridge: the bundle of every scheduler&apos;s and call bridge&apos;s certificate, so that the web bridge trusts them.</source>
        <translation>각 웹 브리지에서: 모든 스케줄러와 콜 브리지 인증서의 번들로, 웹 브리지가 이를 신뢰하게 합니다.</translation>
    </message>
    <message>
        <source>Starts the scheduler; it checks that each key matches its certificate and that each full chain verifies.</source>
        <translation>스케줄러를 시작합니다. 각 키가 인증서와 일치하는지, 각 전체 체인이 검증되는지 확인합니다.</translation>
    </message>
    <message>
        <source>Says whether the scheduler runs and whether HTTPS, C2W and e-mail are configured.</source>
        <translation>스케줄러가 실행 중인지, HTTPS, C2W, 이메일이 구성되었는지 표시합니다.</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerReadinessCheck</name>
    <message>
        <source>CMS 3.3 or later</source>
        <translation>CMS 3.3 이상</translation>
    </message>
    <message>
        <source>A call leg profile that holds guests in the lobby</source>
        <translation>게스트를 대기실에 머무르게 하는 콜 레그 프로필</translation>
    </message>
    <message>
        <source>A call leg profile that lets hosts start the meeting</source>
        <translation>호스트가 회의를 시작할 수 있게 하는 콜 레그 프로필</translation>
    </message>
    <message>
        <source>A space template for scheduled meetings</source>
        <translation>예약된 회의용 스페이스 템플릿</translation>
    </message>
    <message>
        <source>An access method template for guests</source>
        <translation>게스트용 액세스 방법 템플릿</translation>
    </message>
    <message>
        <source>An access method template for hosts</source>
        <translation>호스트용 액세스 방법 템플릿</translation>
    </message>
    <message>
        <source>The console does not know yet which CMS version the cluster runs.</source>
        <translation>콘솔이 아직 클러스터의 CMS 버전을 알지 못합니다.</translation>
    </message>
    <message>
        <source>The cluster runs CMS %1; the scheduler came with 3.3.</source>
        <translation>클러스터의 CMS 버전은 %1입니다. 스케줄러는 3.3부터 제공됩니다.</translation>
    </message>
    <message>
        <source>The cluster runs CMS %1; the scheduler needs 3.3 or later.</source>
        <translation>클러스터의 CMS 버전은 %1입니다. 스케줄러에는 3.3 이상이 필요합니다.</translation>
    </message>
    <message>
        <source>«%1» holds guests in the lobby until a host joins (needsActivation is true).</source>
        <translation>«%1» 프로필은 호스트가 참가할 때까지 게스트를 대기실에 머무르게 합니다(needsActivation이 true).</translation>
    </message>
    <message>
        <source>No call leg profile sets needsActivation to true, so none holds guests in the lobby.</source>
        <translation>needsActivation을 true로 설정한 콜 레그 프로필이 없어 게스트를 대기실에 머무르게 하는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>«%1» lets hosts in and starts the meeting (needsActivation is false).</source>
        <translation>«%1» 프로필은 호스트를 입장시키고 회의를 시작합니다(needsActivation이 false).</translation>
    </message>
    <message>
        <source>No call leg profile sets needsActivation to false, so none lets a host start the meeting.</source>
        <translation>needsActivation을 false로 설정한 콜 레그 프로필이 없어 호스트가 회의를 시작할 수 있게 하는 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>Space templates came with CMS 2.9.</source>
        <translation>스페이스 템플릿은 CMS 2.9부터 제공됩니다.</translation>
    </message>
    <message>
        <source>The cluster has no space template.</source>
        <translation>클러스터에 스페이스 템플릿이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n space template(s), none with an access method template for guests or hosts.</source>
        <translation>
            <numerusform>스페이스 템플릿 %n개가 있지만 게스트나 호스트용 액세스 방법 템플릿이 있는 것은 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no space template to hold it.</source>
        <translation>이를 담을 스페이스 템플릿이 없습니다.</translation>
    </message>
    <message>
        <source>«%1» gives scheduled meetings their guest and host access.</source>
        <translation>«%1» 템플릿이 예약된 회의에 게스트 및 호스트 액세스를 제공합니다.</translation>
    </message>
    <message>
        <source>«%1» comes closest: it has one of the two access method templates.</source>
        <translation>가장 근접한 템플릿: «%1» (두 액세스 방법 템플릿 중 하나가 있습니다)</translation>
    </message>
    <message>
        <source>«%1» (%2) uses the call leg profile «%3».</source>
        <extracomment>%1: the access method template, %2: its uriGenerator (e.g. $.guest), %3: its call leg profile</extracomment>
        <translation>«%1»(%2)의 콜 레그 프로필: «%3»</translation>
    </message>
    <message>
        <source>«%1» has no access method template whose call leg profile holds guests in the lobby.</source>
        <translation>«%1»에는 콜 레그 프로필이 게스트를 대기실에 머무르게 하는 액세스 방법 템플릿이 없습니다.</translation>
    </message>
    <message>
        <source>«%1» has no access method template whose call leg profile lets hosts start the meeting.</source>
        <translation>«%1»에는 콜 레그 프로필이 호스트가 회의를 시작할 수 있게 하는 액세스 방법 템플릿이 없습니다.</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerSetupOperation</name>
    <message>
        <source>The scheduler needs CMS 3.3 or later: nothing was changed.</source>
        <translation>스케줄러에는 CMS 3.3 이상이 필요합니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The cluster is already ready for the scheduler: there is nothing to create.</source>
        <translation>클러스터가 이미 스케줄러를 사용할 준비가 되어 있습니다. 만들 것이 없습니다.</translation>
    </message>
    <message>
        <source>Create the call leg profile «%1», which holds guests in the lobby until a host joins and sends them back when the last host leaves (POST /callLegProfiles needsActivation=true deactivationMode=deactivate)</source>
        <translation>콜 레그 프로필 «%1» 만들기: 호스트가 참가할 때까지 게스트를 대기실에 머무르게 하고 마지막 호스트가 나가면 다시 대기실로 보냅니다(POST /callLegProfiles needsActivation=true deactivationMode=deactivate)</translation>
    </message>
    <message>
        <source>Create the call leg profile «%1», which lets hosts in and starts the meeting (POST /callLegProfiles needsActivation=false)</source>
        <translation>콜 레그 프로필 «%1» 만들기: 호스트를 입장시키고 회의를 시작합니다(POST /callLegProfiles needsActivation=false)</translation>
    </message>
    <message>
        <source>Create the space template «%1», whose spaces admit callers as guests unless they join through the host access (POST /coSpaceTemplates callLegProfile=«%2»)</source>
        <translation>스페이스 템플릿 «%1» 만들기: 호스트 액세스로 참가하지 않는 발신자는 게스트로 입장합니다(POST /coSpaceTemplates callLegProfile=«%2»)</translation>
    </message>
    <message>
        <source>Add the guest access method template «%1» (%2, with a call ID of its own) to «%3», with the call leg profile «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)</source>
        <extracomment>%1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile</extracomment>
        <translation>«%3»에 게스트 액세스 방법 템플릿 추가: «%1»(%2, 자체 통화 ID 포함), 콜 레그 프로필 «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)</translation>
    </message>
    <message>
        <source>Add the host access method template «%1» (%2) to «%3», with the call leg profile «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)</source>
        <extracomment>%1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile</extracomment>
        <translation>«%3»에 호스트 액세스 방법 템플릿 추가: «%1»(%2), 콜 레그 프로필 «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)</translation>
    </message>
</context>
<context>
    <name>cms::TemporarySpace</name>
    <message>
        <source>Running now</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>진행 중 아님</translation>
    </message>
    <message>
        <source>%1 (%2 GMT)</source>
        <extracomment>%1: a date and time in the user&apos;s time zone, %2: the same time in GMT</extracomment>
        <translation>%1(GMT %2)</translation>
    </message>
    <message>
        <source>At the first 01:15 GMT 24 hours after its meeting ends</source>
        <translation>회의가 끝나고 24시간이 지난 뒤 처음 오는 GMT 01:15</translation>
    </message>
    <message>
        <source>%1; its meeting ended %2</source>
        <extracomment>%1: a date and time, e.g. &quot;07/12/2026 02:15 (01:15 GMT)&quot;</extracomment>
        <translation>%1. 회의 종료: %2</translation>
    </message>
    <message>
        <source>At the first 01:15 GMT 24 hours after its meeting ends; if it has already ended, by %1 at the latest</source>
        <extracomment>%1: a date and time, e.g. &quot;07/12/2026 02:15 (01:15 GMT)&quot;</extracomment>
        <translation>회의가 끝나고 24시간이 지난 뒤 처음 오는 GMT 01:15. 이미 끝났다면 늦어도 %1까지</translation>
    </message>
</context>
<context>
    <name>cms::UriGeneratorCheck</name>
    <message>
        <source>“%1” cannot contain spaces (character %2).</source>
        <extracomment>%1 is the field (&quot;URI pattern&quot;), %2 the position of the space in it (1 = first character)</extracomment>
        <translation>“%1” 항목에는 공백을 사용할 수 없습니다(%2번째 문자).</translation>
    </message>
    <message>
        <source>“%2” (character %3) is not allowed in “%1”: use only letters without accents, digits, “.”, “-”, “_” and one “$”.</source>
        <extracomment>%1 is the field (&quot;URI pattern&quot;), %2 the refused character, %3 its position (1 = first)</extracomment>
        <translation>“%1” 항목에는 “%2”(%3번째 문자)를 사용할 수 없습니다. 악센트 없는 문자, 숫자, “.”, “-”, “_” 및 “$” 하나만 사용하십시오.</translation>
    </message>
    <message>
        <source>“%1” needs a “$”, which stands for the generated part of each URI, as in $.guest.</source>
        <translation>“%1” 항목에는 각 URI의 생성되는 부분을 나타내는 “$”가 있어야 합니다(예: $.guest).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n “$”: keep exactly one, which stands for the generated part of each URI.</source>
        <translation>
            <numerusform>“%1” 항목에 “$”가 %n개 있습니다. 각 URI의 생성되는 부분을 나타내는 “$”는 정확히 하나만 남기십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::AccessMethodTemplatesModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <extracomment>The uriGenerator of an access method template, as in $.guest</extracomment>
        <translation>URI 패턴</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>models::AccessMethodsModel</name>
    <message>
        <source>Set</source>
        <extracomment>An access method&apos;s passcode column: a passcode is set (the passcode itself is not shown).</extracomment>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
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
        <source>Call leg profile</source>
        <translation>콜 레그 프로필</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>공개 범위</translation>
    </message>
</context>
<context>
    <name>models::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <extracomment>Column header of the activity log</extracomment>
        <translation>시간</translation>
    </message>
    <message>
        <source>Cluster</source>
        <extracomment>Column header of the activity log</extracomment>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header of the activity log: what happened</extracomment>
        <translation>이벤트</translation>
    </message>
</context>
<context>
    <name>models::BridgesModel</name>
    <message>
        <source>Not connected</source>
        <extracomment>Health of a cluster whose session is closed
----------
Health of a call bridge whose cluster is not open</extracomment>
        <translation>연결 안 됨</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>Health of a cluster while its passwords are read</extracomment>
        <translation>여는 중…</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Health of a cluster that could not be opened (the reason is in the tool tip)</extracomment>
        <translation>실패</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln bridges answering</source>
        <extracomment>Health of a cluster: &quot;2 of 3 bridges answering&quot;</extracomment>
        <translation>
            <numerusform>브리지 %Ln개 중 %1개 응답</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <extracomment>Health of a call bridge: it answers in time</extracomment>
        <translation>정상</translation>
    </message>
    <message>
        <source>Slow</source>
        <extracomment>Health of a call bridge: it answers, but slowly</extracomment>
        <translation>느림</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>health</comment>
        <extracomment>Health of a call bridge: it does not answer</extracomment>
        <translation>응답 없음</translation>
    </message>
    <message>
        <source>Primary, active</source>
        <extracomment>Role of a call bridge: the first endpoint of the cluster, taking the traffic now</extracomment>
        <translation>기본, 활성</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Alternate, active</source>
        <extracomment>Role of a call bridge: an alternate endpoint, taking the traffic now</extracomment>
        <translation>대체, 활성</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>대체</translation>
    </message>
    <message>
        <source>Activated</source>
        <extracomment>Licence activation state of a call bridge</extracomment>
        <translation>활성화됨</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>활성화 안 됨</translation>
    </message>
    <message>
        <source>Clustered</source>
        <extracomment>Whether clustering is enabled on a call bridge</extracomment>
        <translation>클러스터 구성됨</translation>
    </message>
    <message>
        <source>Not clustered</source>
        <translation>클러스터 구성 안 됨</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Live updates of a call bridge: the events connection is being set up</extracomment>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Live updates of a call bridge: pushed by the events WebSocket</extracomment>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Polling</source>
        <extracomment>Live updates of a call bridge: read again at intervals</extracomment>
        <translation>폴링</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>live updates</comment>
        <extracomment>Live updates of a call bridge: none, the bridge does not answer</extracomment>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the bridges pane: cluster or call bridge name</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the bridges pane: host:port</extracomment>
        <translation>주소</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Column header of the bridges pane: does the bridge answer</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column header of the bridges pane: primary or alternate endpoint</extracomment>
        <translation>역할</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>Column header of the bridges pane: software version</extracomment>
        <translation>버전</translation>
    </message>
    <message>
        <source>Uptime</source>
        <extracomment>Column header of the bridges pane: time since the bridge started</extracomment>
        <translation>가동 시간</translation>
    </message>
    <message>
        <source>Activation</source>
        <extracomment>Column header of the bridges pane: licence activation</extracomment>
        <translation>활성화</translation>
    </message>
    <message>
        <source>Clustering</source>
        <extracomment>Column header of the bridges pane: whether clustering is enabled</extracomment>
        <translation>클러스터링</translation>
    </message>
    <message>
        <source>Call legs</source>
        <extracomment>Column header of the bridges pane: active call legs now</extracomment>
        <translation>콜 레그</translation>
    </message>
    <message>
        <source>Peak</source>
        <extracomment>Column header of the bridges pane: the most call legs active at once since the bridge started</extracomment>
        <translation>최대</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <extracomment>Column header of the bridges pane: how far the bridge&apos;s clock is from this computer&apos;s</extracomment>
        <translation>시계 오차</translation>
    </message>
    <message>
        <source>Live updates</source>
        <extracomment>Column header of the bridges pane: how live state is followed (events or polling)</extracomment>
        <translation>실시간 업데이트</translation>
    </message>
    <message>
        <source>The cluster lists this call bridge, but the console does not use it: add it as an alternate in the failover settings to watch it and to fail over to it.</source>
        <translation>클러스터에 이 콜 브리지가 있지만 콘솔은 사용하지 않습니다. 상태를 확인하고 장애 조치 대상으로 쓰려면 장애 조치 설정에서 대체 브리지로 추가하십시오.</translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>the call bridge&apos;s address, when /callBridges does not give it</extracomment>
        <translation>제공되지 않음</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>모니터링 안 함</translation>
    </message>
    <message>
        <source>Discovered</source>
        <extracomment>a call bridge found in the cluster, not one the console connects to</extracomment>
        <translation>발견됨</translation>
    </message>
</context>
<context>
    <name>models::CallLegDetailsModel</name>
    <message>
        <source>The participant&apos;s call legs, each with its media under it</source>
        <extracomment>Column of the call leg details: a call leg, or one direction of its media under it</extracomment>
        <translation>참가자의 콜 레그와 각 레그 아래의 미디어</translation>
    </message>
    <message>
        <source>Call leg</source>
        <translation>콜 레그</translation>
    </message>
    <message>
        <source>How the audio or video is encoded</source>
        <translation>오디오 또는 비디오의 인코딩 방식</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>코덱</translation>
    </message>
    <message>
        <source>The media&apos;s bit rate, in kilobits a second</source>
        <translation>미디어의 비트 전송률(초당 킬로비트)</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>비트 전송률</translation>
    </message>
    <message>
        <source>How irregularly packets arrive; over %1 speech and video stutter</source>
        <translation>패킷이 불규칙하게 도착하는 정도입니다. %1 초과 시 음성과 비디오가 끊깁니다.</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>지터</translation>
    </message>
    <message>
        <source>The share of packets lost on the way; over %1 video freezes or breaks up</source>
        <translation>전송 중 손실된 패킷의 비율입니다. %1 초과 시 비디오가 멈추거나 깨집니다.</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>패킷 손실</translation>
    </message>
    <message>
        <source>The time for a packet to reach the participant and come back; over %1 people talk over each other</source>
        <translation>패킷이 참가자에게 갔다가 돌아오는 데 걸리는 시간입니다. %1 초과 시 서로 말이 겹칩니다.</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>왕복 시간</translation>
    </message>
    <message>
        <source>The alarms the call bridge raises on the leg</source>
        <translation>콜 브리지가 이 레그에 발생시킨 경보</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>The call bridge raises an alarm on this leg.</source>
        <translation>콜 브리지가 이 레그에 경보를 발생시켰습니다.</translation>
    </message>
    <message>
        <source>Round-trip time over %1: people talk over each other.</source>
        <translation>왕복 시간 %1 초과: 서로 말이 겹칩니다.</translation>
    </message>
    <message>
        <source>The call bridge raises a round-trip time alarm on this leg.</source>
        <translation>콜 브리지가 이 레그에 왕복 시간 경보를 발생시켰습니다.</translation>
    </message>
    <message>
        <source>Packet loss over %1: video freezes or breaks up, speech drops out.</source>
        <translation>패킷 손실 %1 초과: 비디오가 멈추거나 깨지고 음성이 끊깁니다.</translation>
    </message>
    <message>
        <source>Jitter over %1: speech and video stutter.</source>
        <translation>지터 %1 초과: 음성과 비디오가 끊깁니다.</translation>
    </message>
    <message>
        <source>As the API names them: %1</source>
        <extracomment>Tool tip of the alarms of a call leg: the alarms as the API names them, e.g. &quot;packetLoss, excessiveJitter&quot;</extracomment>
        <translation>API 이름: %1</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <extracomment>What a screen reader says of a figure past its limit: the figure, then why it is a warning</extracomment>
        <translation>경고: %1. %2</translation>
    </message>
    <message>
        <source>The call bridge reports no such media on this leg.</source>
        <translation>콜 브리지가 이 레그에서 이 미디어를 보고하지 않습니다.</translation>
    </message>
    <message>
        <source>The audio the call bridge receives from the participant (rxAudio)</source>
        <translation>콜 브리지가 참가자로부터 받는 오디오(rxAudio)</translation>
    </message>
    <message>
        <source>The audio the call bridge sends to the participant (txAudio)</source>
        <translation>콜 브리지가 참가자에게 보내는 오디오(txAudio)</translation>
    </message>
    <message>
        <source>The video the call bridge receives from the participant (rxVideo)</source>
        <translation>콜 브리지가 참가자로부터 받는 비디오(rxVideo)</translation>
    </message>
    <message>
        <source>The video the call bridge sends to the participant (txVideo)</source>
        <translation>콜 브리지가 참가자에게 보내는 비디오(txVideo)</translation>
    </message>
    <message>
        <source>%1: none</source>
        <extracomment>What a screen reader says of a direction the server reports nothing for: &quot;Video sent: none&quot;</extracomment>
        <translation>%1: 없음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>call leg</comment>
        <extracomment>A call leg: its address, then its kind, e.g. &quot;fatima@video.example (SIP)&quot;</extracomment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <extracomment>A bit rate in kilobits a second, &quot;1,523 kbit/s&quot;</extracomment>
        <translation>%1kbit/s</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>이름: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>주소: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>종류: %1</translation>
    </message>
    <message>
        <source>Call leg ID: %1</source>
        <extracomment>The id of a call leg in the API, for an administrator who looks it up</extracomment>
        <translation>콜 레그 ID: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <extracomment>A share in percent with one decimal, &quot;1.7 %&quot; (the number is already in the locale&apos;s digits)</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Excessive jitter</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>과도한 지터</translation>
    </message>
    <message>
        <source>Long round-trip time</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>긴 왕복 시간</translation>
    </message>
    <message>
        <source>Audio received</source>
        <extracomment>A direction of a call leg&apos;s media: the audio the call bridge receives from the participant</extracomment>
        <translation>수신 오디오</translation>
    </message>
    <message>
        <source>Audio sent</source>
        <extracomment>A direction of a call leg&apos;s media: the audio the call bridge sends to the participant</extracomment>
        <translation>송신 오디오</translation>
    </message>
    <message>
        <source>Video received</source>
        <extracomment>A direction of a call leg&apos;s media: the video the call bridge receives from the participant</extracomment>
        <translation>수신 비디오</translation>
    </message>
    <message>
        <source>Video sent</source>
        <extracomment>A direction of a call leg&apos;s media: the video the call bridge sends to the participant</extracomment>
        <translation>송신 비디오</translation>
    </message>
</context>
<context>
    <name>models::CallLegsHistory</name>
    <message>
        <source>Bridge %1</source>
        <extracomment>A call bridge known only by its place in the list, &quot;Bridge 2&quot;</extracomment>
        <translation>브리지 %1</translation>
    </message>
</context>
<context>
    <name>models::CallsModel</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Started %1</source>
        <extracomment>Tool tip of a call&apos;s duration: when it began</extracomment>
        <translation>시작: %1</translation>
    </message>
    <message>
        <source>Untitled call</source>
        <extracomment>A call that has no name and no space</extracomment>
        <translation>이름 없는 통화</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A space as the calls list shows it: its name, then its URI in parentheses</extracomment>
        <translation>%1(%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln in the lobby)</source>
        <extracomment>Participants of a call, with how many of them wait in the lobby: &quot;12 (3 in the lobby)&quot;</extracomment>
        <translation>
            <numerusform>%1(대기실 %Ln명)</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>Column header of the calls list: the meeting&apos;s name</extracomment>
        <translation>회의</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Column header of the calls list: the space the meeting is held in</extracomment>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Call bridges</source>
        <extracomment>Column header of the calls list: the call bridges a meeting runs on</extracomment>
        <translation>콜 브리지</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>Column header of the calls list: how many people are in the meeting</extracomment>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the calls list: how long the meeting has been running</extracomment>
        <translation>지속 시간</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Column header of the calls list: the meeting is locked (Yes/No)</extracomment>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column header of the calls list: the meeting is being recorded (Yes/No)</extracomment>
        <translation>녹화</translation>
    </message>
    <message>
        <source>Streaming</source>
        <extracomment>Column header of the calls list: the meeting is being streamed (Yes/No)</extracomment>
        <translation>스트리밍</translation>
    </message>
    <message>
        <source>Only participants can be dropped on a call.</source>
        <translation>통화에는 참가자만 놓을 수 있습니다.</translation>
    </message>
    <message>
        <source>Drop the participants on a call.</source>
        <translation>참가자를 통화 위에 놓으십시오.</translation>
    </message>
    <message>
        <source>That meeting has ended.</source>
        <translation>이 회의는 종료되었습니다.</translation>
    </message>
    <message>
        <source>Moving participants needs CMS 2.6 or later; the call bridge %1 runs %2.</source>
        <translation>참가자를 이동하려면 CMS 2.6 이상이 필요합니다. 콜 브리지 %1의 버전은 %2입니다.</translation>
    </message>
    <message>
        <source>These participants are in another cluster: people can be moved only between meetings of one cluster.</source>
        <translation>이 참가자들은 다른 클러스터에 있습니다. 같은 클러스터의 회의 사이에서만 이동할 수 있습니다.</translation>
    </message>
    <message>
        <source>A participant you are dragging has left the meeting.</source>
        <translation>끌고 있는 참가자 중 한 명이 회의에서 나갔습니다.</translation>
    </message>
    <message>
        <source>%1 is already in this meeting.</source>
        <translation>이미 이 회의에 있는 참가자입니다: %1</translation>
    </message>
    <message>
        <source>%1 joined from the web app, and web app participants can be moved from CMS 3.2; the call bridge %2 runs %3.</source>
        <translation>%1 참가자는 웹 앱으로 참가했습니다. 웹 앱 참가자는 CMS 3.2부터 이동할 수 있으며 콜 브리지 %2의 버전은 %3입니다.</translation>
    </message>
    <message>
        <source>%1 cannot be moved (for example a Skype for Business participant, or one in a dual-homed meeting).</source>
        <translation>이동할 수 없는 참가자입니다(예: 비즈니스용 Skype 참가자, 듀얼 홈 회의의 참가자): %1</translation>
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
        <translation>%1(기본)</translation>
    </message>
</context>
<context>
    <name>models::MembersModel</name>
    <message numerus="yes">
        <source>%1 of %Ln permissions</source>
        <extracomment>A member&apos;s permissions: %1 is how many they have, %Ln how many there are (&quot;3 of 9 permissions&quot;).</extracomment>
        <translation>
            <numerusform>권한 %Ln개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>콜 레그 프로필</translation>
    </message>
</context>
<context>
    <name>models::ParticipantsModel</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <extracomment>Tool tip of a participant&apos;s time in the call: when the participant joined</extracomment>
        <translation>참가: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <extracomment>Tool tip of a participant&apos;s name: the user account the participant signed in with</extracomment>
        <translation>로그인 계정: %1</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A yes/no cell the server does not say (a call bridge followed by polling)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Untitled call</source>
        <extracomment>A call that has no name and no space</extracomment>
        <translation>이름 없는 통화</translation>
    </message>
    <message>
        <source>SIP</source>
        <extracomment>Kind of participant: a SIP endpoint (video system or phone)</extracomment>
        <translation>SIP</translation>
    </message>
    <message>
        <source>Web app</source>
        <extracomment>Kind of participant: joined from the Meeting Server web app (browser)</extracomment>
        <translation>웹 앱</translation>
    </message>
    <message>
        <source>Skype for Business</source>
        <extracomment>Kind of participant: a Skype for Business (Lync) client</extracomment>
        <translation>비즈니스용 Skype</translation>
    </message>
    <message>
        <source>Skype for Business meeting</source>
        <extracomment>Kind of participant: the link to a Skype for Business meeting (dual-homed meeting)</extracomment>
        <translation>비즈니스용 Skype 회의</translation>
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
        <translation>기타</translation>
    </message>
    <message>
        <source>In the lobby</source>
        <extracomment>State of a participant: waiting in the lobby until a host lets them in</extracomment>
        <translation>대기실에서 대기 중</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>State of a participant</extracomment>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Ringing</source>
        <extracomment>State of a participant: being called, not answered yet</extracomment>
        <translation>벨 울림</translation>
    </message>
    <message>
        <source>Connecting</source>
        <extracomment>State of a participant: the call is being set up</extracomment>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>On hold</source>
        <extracomment>State of a participant</extracomment>
        <translation>보류 중</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>state of a participant</comment>
        <extracomment>State of a participant the console does not know</extracomment>
        <translation>기타</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the participants list</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the participants list: the participant&apos;s URI</extracomment>
        <translation>주소</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header of the participants list: SIP, web app…</extracomment>
        <translation>유형</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>Column header of the participants list: the meeting the participant is in</extracomment>
        <translation>회의</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <extracomment>Column header of the participants list: the call bridge hosting the participant</extracomment>
        <translation>콜 브리지</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header of the participants list: connected, ringing, in the lobby…</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Audio muted</source>
        <extracomment>Column header of the participants list: the participant&apos;s audio is muted (Yes/No)</extracomment>
        <translation>오디오 음소거</translation>
    </message>
    <message>
        <source>Video muted</source>
        <extracomment>Column header of the participants list: the participant&apos;s video is muted (Yes/No)</extracomment>
        <translation>비디오 중지</translation>
    </message>
    <message>
        <source>Presenting</source>
        <extracomment>Column header of the participants list: the participant is presenting (Yes/No)</extracomment>
        <translation>발표 중</translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Column header of the participants list: the participant is the one speaking (Yes/No)</extracomment>
        <translation>발언 중</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>Column header of the participants list: the participant is a host, who lets guests in (Yes/No)</extracomment>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Can be moved</source>
        <extracomment>Column header of the participants list: the participant can be moved to another meeting (Yes/No)</extracomment>
        <translation>이동 가능</translation>
    </message>
    <message>
        <source>Time in call</source>
        <extracomment>Column header of the participants list: how long the participant has been in the meeting</extracomment>
        <translation>통화 시간</translation>
    </message>
</context>
<context>
    <name>models::PlaceholderPoolModel</name>
    <message>
        <source>Index</source>
        <translation>인덱스</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>콜 브리지</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>models::ProfilesModel</name>
    <message>
        <source>No name</source>
        <extracomment>A call profile the console has no name for (the API does not name call profiles)</extracomment>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Name in the console</source>
        <translation>콘솔에서 쓰는 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
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
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: the space&apos;s name</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <source>URI</source>
        <extracomment>Column header: the space&apos;s URI (user part)</extracomment>
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
        <extracomment>Column header: whether the space has a passcode (Yes/No)</extracomment>
        <translation>암호</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column header: the JID of the space&apos;s owner</extracomment>
        <translation>소유자</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>콜 레그 프로필</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>통화 프로필</translation>
    </message>
    <message>
        <source>Non-member access</source>
        <extracomment>Column header: whether people who are not members can join (Yes/No)</extracomment>
        <translation>비멤버 참가</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <extracomment>Column header: whether the space was created automatically for a user (Yes/No)</extracomment>
        <translation>자동 생성</translation>
    </message>
</context>
<context>
    <name>models::TemplateUsersModel</name>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
</context>
<context>
    <name>models::TraceModel</name>
    <message>
        <source>Time</source>
        <extracomment>Column header of the API trace</extracomment>
        <translation>시간</translation>
    </message>
    <message>
        <source>Bridge</source>
        <extracomment>Column header of the API trace: the call bridge the request went to</extracomment>
        <translation>브리지</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header of the API trace: GET, POST, PUT, DELETE</extracomment>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column header of the API trace: the request&apos;s path and query</extracomment>
        <translation>경로</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header of the API trace: the HTTP status, or the error when there was no reply</extracomment>
        <translation>상태</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the API trace: how long the request took</extracomment>
        <translation>소요 시간</translation>
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
        <translation>(상속됨)</translation>
    </message>
    <message>
        <source>(default)</source>
        <extracomment>No value of its own: what the server assumes (or the level above) applies.</extracomment>
        <translation>(기본값)</translation>
    </message>
    <message>
        <source>Add Access Method</source>
        <translation>액세스 방법 추가</translation>
    </message>
    <message>
        <source>Edit Access Method</source>
        <translation>액세스 방법 편집</translation>
    </message>
    <message>
        <source>meeting.room (without @domain)</source>
        <translation>meeting.room(@도메인 제외)</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>클러스터가 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>views::AccessMethodTemplatesEditor</name>
    <message>
        <source>Access &amp;method templates of this space template:</source>
        <translation>이 스페이스 템플릿의 액세스 방법 템플릿(&amp;M):</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>액세스 방법 템플릿</translation>
    </message>
    <message>
        <source>The access methods each space made from this template gets; choose one to see and edit its settings below</source>
        <translation>이 템플릿으로 만든 각 스페이스가 받는 액세스 방법입니다. 하나를 선택하면 아래에서 설정을 보고 편집할 수 있습니다</translation>
    </message>
    <message>
        <source>Settings of the chosen access method template</source>
        <translation>선택한 액세스 방법 템플릿의 설정</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an access method template to this space template</source>
        <translation>이 스페이스 템플릿에 액세스 방법 템플릿 추가</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the chosen access method template</source>
        <translation>선택한 액세스 방법 템플릿 삭제</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>저장(&amp;E)</translation>
    </message>
    <message>
        <source>Save the access method template</source>
        <translation>액세스 방법 템플릿 저장</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>변경 취소(&amp;D)</translation>
    </message>
    <message>
        <source>Discard the changes to the access method template</source>
        <translation>액세스 방법 템플릿의 변경 사항 취소</translation>
    </message>
    <message>
        <source>Not saved: correct the field marked first.</source>
        <translation>저장하지 못했습니다. 먼저 표시된 필드를 고치세요.</translation>
    </message>
    <message>
        <source>New Access Method Template</source>
        <translation>새 액세스 방법 템플릿</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>만들었습니다.</translation>
    </message>
    <message>
        <source>Delete the Access Method Template</source>
        <translation>액세스 방법 템플릿 삭제</translation>
    </message>
    <message>
        <source>Delete the access method template «%1»?</source>
        <translation>«%1» 액세스 방법 템플릿을 삭제할까요?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>삭제했습니다.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>삭제하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>views::AccessMethodsEditor</name>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Add an access method to the space</source>
        <translation>스페이스에 액세스 방법을 추가합니다</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Change the selected access method</source>
        <translation>선택한 액세스 방법을 변경합니다</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete the selected access method</source>
        <translation>선택한 액세스 방법을 삭제합니다</translation>
    </message>
    <message>
        <source>Reading the access methods…</source>
        <translation>액세스 방법을 읽는 중…</translation>
    </message>
    <message>
        <source>Added the access method “%1”.</source>
        <translation>“%1” 액세스 방법을 추가했습니다.</translation>
    </message>
    <message>
        <source>Changed the access method “%1”.</source>
        <translation>“%1” 액세스 방법을 변경했습니다.</translation>
    </message>
    <message>
        <source>Delete Access Method</source>
        <translation>액세스 방법 삭제</translation>
    </message>
    <message>
        <source>Delete the access method “%1”? Whoever joins by it can no longer join.</source>
        <translation>“%1” 액세스 방법을 삭제하시겠습니까? 이 액세스 방법으로 참가하던 사용자는 더 이상 참가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The access method “%1” was not deleted: %2</source>
        <translation>“%1” 액세스 방법을 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Deleted the access method “%1”.</source>
        <translation>“%1” 액세스 방법을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>액세스 방법</translation>
    </message>
</context>
<context>
    <name>views::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>API trace</source>
        <extracomment>Tab of the Activity dock listing every request sent to the servers</extracomment>
        <translation>API 추적</translation>
    </message>
    <message>
        <source>Operations</source>
        <extracomment>Tab of the Activity dock listing what the console did (connected, failover, operations…)</extracomment>
        <translation>작업</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>curl 명령으로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command. Passwords are read from shell variables (CMS_USER, CMS_PASSWORD…), never copied.</source>
        <translation>선택한 요청을 curl 명령으로 복사합니다. 비밀번호는 셸 변수(CMS_USER, CMS_PASSWORD…)에서 읽으며 복사되지 않습니다.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every request from the trace.</source>
        <translation>추적 기록에서 모든 요청을 제거합니다.</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>전체 내용을 보려면 요청을 선택하십시오.</translation>
    </message>
    <message>
        <source>Every request sent to the servers and its reply, secrets hidden</source>
        <translation>서버로 보낸 모든 요청과 응답(비밀 값은 숨김)</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>선택한 요청</translation>
    </message>
    <message>
        <source>The selected request and its reply in full, secrets hidden</source>
        <translation>선택한 요청과 응답의 전체 내용(비밀 값은 숨김)</translation>
    </message>
    <message>
        <source>What the console did: connections, failovers, changes</source>
        <translation>콘솔이 수행한 작업: 연결, 장애 조치, 변경</translation>
    </message>
</context>
<context>
    <name>views::AddressListEdit</name>
    <message>
        <source>Line %1: %2 — %3</source>
        <extracomment>%1: line number in the list of addresses, %2: the address typed, %3: why it cannot be dialled</extracomment>
        <translation>%1번째 줄: %2 — %3</translation>
    </message>
</context>
<context>
    <name>views::BridgesPane</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Action: check the call bridges of the selected cluster now</extracomment>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Check the call bridges of the selected cluster now (%1)</source>
        <translation>선택한 클러스터의 콜 브리지를 지금 확인합니다(%1)</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>브리지</translation>
    </message>
    <message>
        <source>Select a cluster or a call bridge to see its details.</source>
        <translation>세부 정보를 보려면 클러스터 또는 콜 브리지를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1: 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <extracomment>%1: cluster name, %2: why (a sentence)</extracomment>
        <translation>%1: 클러스터를 열 수 없습니다. %2</translation>
    </message>
    <message>
        <source>%1: no call bridge answers.</source>
        <translation>%1: 응답하는 콜 브리지가 없습니다.</translation>
    </message>
    <message>
        <source>%1: configuration goes through %2.</source>
        <extracomment>%1: cluster name, %2: call bridge name</extracomment>
        <translation>%1: 구성 트래픽은 콜 브리지 %2에서 처리됩니다.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <extracomment>%1: call bridge name, %2: the error (a sentence)</extracomment>
        <translation>%1에서 응답이 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 does not answer.</source>
        <translation>%1에서 응답이 없습니다.</translation>
    </message>
    <message>
        <source>%1 answers slowly; last answer at %2.</source>
        <extracomment>%1: call bridge name, %2: time of day</extracomment>
        <translation>%1에서 응답이 느립니다. 마지막 응답 시각: %2.</translation>
    </message>
    <message>
        <source>%1 answers slowly.</source>
        <translation>%1에서 응답이 느립니다.</translation>
    </message>
    <message>
        <source>%1 has not answered yet.</source>
        <translation>%1에서 아직 응답이 없습니다.</translation>
    </message>
    <message>
        <source>%1 answered at %2.</source>
        <extracomment>%1: call bridge name, %2: time of day</extracomment>
        <translation>%1에서 %2에 응답했습니다.</translation>
    </message>
    <message>
        <source>Every cluster with its call bridges, and how the console sees each one</source>
        <translation>각 클러스터와 콜 브리지, 그리고 콘솔에서 본 각 브리지의 상태</translation>
    </message>
</context>
<context>
    <name>views::BridgesSection</name>
    <message>
        <source>&amp;Bridges</source>
        <extracomment>View menu: show the Bridges section</extracomment>
        <translation>브리지(&amp;B)</translation>
    </message>
</context>
<context>
    <name>views::BulkResultsDialog</name>
    <message>
        <source>Delete Spaces</source>
        <translation>스페이스 삭제</translation>
    </message>
    <message>
        <source>Set %1 on Spaces</source>
        <extracomment>Window title. %1: the field&apos;s API name</extracomment>
        <translation>스페이스에 %1 설정</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Column header: the space</extracomment>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Start no more requests; those under way finish</source>
        <translation>더 이상 요청을 시작하지 않습니다. 진행 중인 요청은 끝까지 처리됩니다</translation>
    </message>
    <message>
        <source>✓</source>
        <extracomment>The change on this space worked</extracomment>
        <translation>✓</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln space(s) changed.</source>
        <translation>
            <numerusform>완료: 스페이스 %Ln개를 변경했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 changed, %2 not changed.</source>
        <extracomment>%1: spaces changed, %2: spaces that failed or were not changed</extracomment>
        <translation>완료: %1개 변경됨, %2개 변경 안 됨.</translation>
    </message>
    <message>
        <source>%1 of %2 spaces done…</source>
        <extracomment>%1: spaces done so far, %2: all the spaces</extracomment>
        <translation>스페이스 %2개 중 %1개 완료…</translation>
    </message>
    <message>
        <source>Result of each space</source>
        <translation>스페이스별 결과</translation>
    </message>
</context>
<context>
    <name>views::BulkSetFieldDialog</name>
    <message>
        <source>(not set)</source>
        <extracomment>Choice that unsets a field (the space inherits the value)</extracomment>
        <translation>(설정 안 함)</translation>
    </message>
    <message>
        <source>Set a Field</source>
        <translation>필드 설정</translation>
    </message>
    <message numerus="yes">
        <source>Set one field to the same value on %Ln selected space(s). An empty value unsets the field: the spaces then inherit it.</source>
        <translation>
            <numerusform>선택한 스페이스 %Ln개에서 한 필드를 같은 값으로 설정합니다. 값을 비워 두면 필드 설정이 해제되고 스페이스는 상위 수준의 값을 상속합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <extracomment>Form label: which field of the spaces to set</extracomment>
        <translation>필드(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>views::CallLegDetailsView</name>
    <message>
        <source>Choose a participant to see the media of their call legs.</source>
        <translation>참가자를 선택하면 콜 레그의 미디어를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Waiting for the connection to the cluster.</source>
        <translation>클러스터 연결을 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Reading the call legs…</source>
        <translation>콜 레그를 읽는 중…</translation>
    </message>
    <message>
        <source>No call legs at %1: the participant may have left the call.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>%1 기준 콜 레그 없음: 참가자가 통화에서 나갔을 수 있습니다.</translation>
    </message>
    <message>
        <source>Updated at %1, refreshed every %2 while shown.</source>
        <extracomment>%1 is a time of day, %2 a duration (&quot;2 s&quot;)</extracomment>
        <translation>%1에 업데이트됨. 표시되는 동안 %2마다 새로 고칩니다.</translation>
    </message>
    <message>
        <source>The call legs could not be refreshed: %1 The figures shown are from %2.</source>
        <extracomment>%1 is the reason, a sentence; %2 a time of day</extracomment>
        <translation>콜 레그를 새로 고치지 못했습니다: %1 표시된 수치는 %2 기준입니다.</translation>
    </message>
    <message>
        <source>The call legs could not be read: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>콜 레그를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Call legs</source>
        <translation>콜 레그</translation>
    </message>
    <message>
        <source>Call legs of %1</source>
        <translation>%1의 콜 레그</translation>
    </message>
    <message>
        <source>Call legs and their media</source>
        <translation>콜 레그 및 미디어</translation>
    </message>
    <message>
        <source>Each call leg of the participant with its round-trip time and the alarms the call bridge raises; under it, the audio and video the call bridge receives and sends, with codec, bit rate, jitter and packet loss. Figures past their limits are marked as warnings.</source>
        <translation>참가자의 각 콜 레그와 왕복 시간, 콜 브리지가 발생시킨 경보가 표시되고, 그 아래에 콜 브리지가 받고 보내는 오디오와 비디오의 코덱, 비트 전송률, 지터, 패킷 손실이 표시됩니다. 한도를 넘은 수치는 경고로 표시됩니다.</translation>
    </message>
    <message>
        <source>Call leg details status</source>
        <translation>콜 레그 세부 정보 상태</translation>
    </message>
</context>
<context>
    <name>views::CallLegsChartView</name>
    <message>
        <source>Active call legs</source>
        <translation>활성 콜 레그</translation>
    </message>
    <message>
        <source>Active call legs of each call bridge, as its status reports them.</source>
        <translation>각 콜 브리지의 상태에서 보고된 활성 콜 레그 수입니다.</translation>
    </message>
</context>
<context>
    <name>views::CertificateChangedDialog</name>
    <message>
        <source>Certificate Changed</source>
        <translation>인증서 변경됨</translation>
    </message>
    <message>
        <source>The call bridge %1 presented a different certificate from the one you trusted. The connection was refused.</source>
        <translation>콜 브리지 %1에서 제시한 인증서가 신뢰한 인증서와 다릅니다. 연결이 거부되었습니다.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection to read or change what the console sends, passwords included. Or an administrator may have replaced the call bridge&apos;s certificate. Ask the call bridge&apos;s administrator which is the case before you go on.</source>
        <translation>누군가 연결을 가로채 콘솔이 보내는 내용(비밀번호 포함)을 읽거나 변경하려 하고 있을 수 있습니다. 또는 관리자가 콜 브리지의 인증서를 교체했을 수도 있습니다. 계속하기 전에 콜 브리지 관리자에게 어느 쪽인지 문의하십시오.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the trusted certificate:</source>
        <translation>신뢰한 인증서의 SHA-256 지문:</translation>
    </message>
    <message>
        <source>Certificate presented now:</source>
        <translation>현재 제시된 인증서:</translation>
    </message>
    <message>
        <source>If the administrator confirms the new certificate, edit the cluster, choose “Forget the pinned certificate”, then “Test connection” and trust the new certificate after comparing its fingerprint.</source>
        <translation>관리자가 새 인증서를 확인해 주면 클러스터를 편집하여 “고정된 인증서 삭제”를 선택한 다음 “연결 테스트”를 선택하고, 지문을 비교한 후 새 인증서를 신뢰하십시오.</translation>
    </message>
</context>
<context>
    <name>views::CertificateSummary</name>
    <message>
        <source>Issued to:</source>
        <extracomment>Certificate field: the server the certificate names</extracomment>
        <translation>발급 대상:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <extracomment>Certificate field: who signed the certificate</extracomment>
        <translation>발급자:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>유효 기간 시작:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>유효 기간 종료:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 지문:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The certificate is within its validity period.</source>
        <translation>인증서가 유효 기간 내에 있습니다.</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>이 인증서는 만료되었습니다.</translation>
    </message>
    <message>
        <source>This certificate is not valid yet: check the clocks of this computer and of the call bridge.</source>
        <translation>이 인증서는 아직 유효하지 않습니다. 이 컴퓨터와 콜 브리지의 시계를 확인하십시오.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(제공되지 않음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A certificate&apos;s common name, then its organization: &quot;cms1.example.com (Example Corp)&quot;</extracomment>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>views::ClusterDialog</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Edit Cluster</source>
        <translation>클러스터 편집</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>클러스터 추가</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>cms1.example.com:445</source>
        <translation>cms1.example.com:445</translation>
    </message>
    <message>
        <source>The Web Admin address of the cluster&apos;s primary call bridge, with its port when it is not 443.</source>
        <translation>클러스터 기본 콜 브리지의 Web Admin 주소입니다. 포트가 443이 아니면 포트도 함께 입력하십시오.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>An API user of the call bridge.</source>
        <translation>콜 브리지의 API 사용자입니다.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>저장된 비밀번호를 유지하려면 비워 두십시오</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <extracomment>Form label: how the call bridge&apos;s TLS certificate is trusted</extracomment>
        <translation>인증서:</translation>
    </message>
    <message>
        <source>Forget the pinned certificate</source>
        <translation>고정된 인증서 삭제</translation>
    </message>
    <message>
        <source>The next connection test asks again whether to trust the certificate the call bridge presents.</source>
        <translation>다음 연결 테스트에서 콜 브리지가 제시하는 인증서를 신뢰할지 다시 묻습니다.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>프로덕션</translation>
    </message>
    <message>
        <source>Trusted by this computer&apos;s certificate authorities, or asked when testing.</source>
        <translation>이 컴퓨터의 인증 기관에서 신뢰하는 인증서이거나, 테스트할 때 신뢰 여부를 묻습니다.</translation>
    </message>
    <message>
        <source>Pinned, SHA-256 %1</source>
        <translation>고정됨, SHA-256 %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>연결되었습니다.</translation>
    </message>
    <message>
        <source>Connected: the call bridge runs version %1.</source>
        <translation>연결되었습니다. 콜 브리지 버전: %1.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>테스트가 취소되었습니다.</translation>
    </message>
    <message>
        <source>The certificate was not trusted: the console will not connect to this call bridge. Nothing was saved.</source>
        <translation>인증서를 신뢰하지 않았으므로 콘솔은 이 콜 브리지에 연결하지 않습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>No password is stored for this cluster: type the password.</source>
        <translation>이 클러스터에 저장된 비밀번호가 없습니다. 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>This address is already used by the cluster “%1”.</source>
        <translation>이 주소는 이미 “%1” 클러스터에서 사용 중입니다.</translation>
    </message>
    <message>
        <source>This address is already an alternate call bridge of this cluster.</source>
        <translation>이 주소는 이미 이 클러스터의 대체 콜 브리지입니다.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>연결 테스트 결과</translation>
    </message>
</context>
<context>
    <name>views::ClusterStatusBar</name>
    <message>
        <source>No cluster selected</source>
        <translation>선택한 클러스터 없음</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 연결 안 됨</translation>
    </message>
    <message>
        <source>Active endpoint: %1</source>
        <translation>활성 엔드포인트: %1</translation>
    </message>
    <message>
        <source>Active endpoint: none answers</source>
        <translation>활성 엔드포인트: 응답 없음</translation>
    </message>
    <message>
        <source>Failover: no call bridge answers</source>
        <translation>장애 조치: 응답하는 콜 브리지 없음</translation>
    </message>
    <message>
        <source>Failover: on the primary</source>
        <translation>장애 조치: 기본 콜 브리지 사용 중</translation>
    </message>
    <message>
        <source>Failover: on alternate %1</source>
        <translation>장애 조치: 대체 콜 브리지 %1 사용 중</translation>
    </message>
    <message>
        <source>Live updates: events</source>
        <translation>실시간 업데이트: 이벤트</translation>
    </message>
    <message>
        <source>Live updates: polling</source>
        <translation>실시간 업데이트: 폴링</translation>
    </message>
    <message numerus="yes">
        <source>Live updates: events on %Ln bridge(s), polling on %1</source>
        <translation>
            <numerusform>실시간 업데이트: 브리지 %Ln개에서 이벤트, %1에서 폴링</numerusform>
        </translation>
    </message>
    <message>
        <source>Live updates: connecting…</source>
        <translation>실시간 업데이트: 연결 중…</translation>
    </message>
    <message>
        <source>Events arrive at once over a WebSocket (CMS 2.9 and later); polling reads the calls again at intervals when events are not available.</source>
        <translation>이벤트는 WebSocket을 통해 즉시 전달됩니다(CMS 2.9 이상). 이벤트를 사용할 수 없으면 폴링 방식으로 일정 간격마다 통화를 다시 읽습니다.</translation>
    </message>
</context>
<context>
    <name>views::DialOutDialog</name>
    <message>
        <source>Dial Out</source>
        <translation>전화 걸기</translation>
    </message>
    <message>
        <source>Call someone into «%1». The call bridge of the meeting dials the address.</source>
        <translation>전화를 걸어 «%1» 회의에 참가시킵니다. 회의의 콜 브리지가 주소로 전화를 겁니다.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>alice@example.com or +33 1 23 45 67 89</source>
        <translation>alice@example.com 또는 +82 2 1234 5678</translation>
    </message>
    <message>
        <source>Address to dial</source>
        <translation>전화할 주소</translation>
    </message>
    <message>
        <source>A URI such as alice@example.com, an endpoint&apos;s domain name or IP address, or a telephone number</source>
        <translation>alice@example.com 같은 URI, 엔드포인트의 도메인 이름이나 IP 주소, 또는 전화번호</translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation>전화 걸기(&amp;D)</translation>
    </message>
</context>
<context>
    <name>views::EffectiveSettingsView</name>
    <message>
        <source>Applies to SIP callers only; joins from the web app are not affected.</source>
        <translation>SIP 발신자에게만 적용됩니다. 웹 앱에서의 참가에는 영향을 주지 않습니다.</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>콜 레그 프로필</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>통화 프로필</translation>
    </message>
    <message>
        <source>No space selected.</source>
        <translation>선택한 스페이스가 없습니다.</translation>
    </message>
    <message>
        <source>Waiting for the cluster to be connected…</source>
        <translation>클러스터가 연결되기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Reading the space, its access methods, members and profiles…</source>
        <translation>스페이스와 해당 액세스 방법, 멤버, 프로필을 읽는 중…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>설정을 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referenced profile(s) could not be read (deleted meanwhile?): %1. Their values are not counted.</source>
        <translation>
            <numerusform>참조된 프로필 %Ln개를 읽을 수 없습니다(그 사이에 삭제되었을 수 있습니다): %1. 해당 프로필의 값은 반영되지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests (space URI %1, call ID %2)</source>
        <extracomment>A way of joining a space: %1 is its URI, %2 its call ID.</extracomment>
        <translation>게스트(스페이스 URI %1, 통화 ID %2)</translation>
    </message>
    <message>
        <source>Guests (space URI or call ID %1)</source>
        <extracomment>A way of joining a space: %1 is its URI or its call ID.</extracomment>
        <translation>게스트(스페이스 URI 또는 통화 ID %1)</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>게스트</translation>
    </message>
    <message>
        <source>Access method %1 (%2)</source>
        <extracomment>%1 is the access method&apos;s name, %2 its URI or call ID.</extracomment>
        <translation>액세스 방법 %1(%2)</translation>
    </message>
    <message>
        <source>Access method %1</source>
        <translation>액세스 방법 %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <extracomment>%1 is the member&apos;s user address (JID).</extracomment>
        <translation>멤버 %1</translation>
    </message>
    <message>
        <source>User: %1 (joins as a member, with the web app)</source>
        <extracomment>%1 is a user address (JID).</extracomment>
        <translation>사용자: %1(웹 앱을 사용하여 멤버로 참가)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown for an empty URI or call ID.</extracomment>
        <translation>없음</translation>
    </message>
    <message>
        <source>set</source>
        <extracomment>Whether a passcode is set: &quot;set&quot; or &quot;not set&quot;; the passcode itself is never shown.</extracomment>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>URI: %1 — call ID: %2 — passcode: %3</source>
        <translation>URI: %1 — 통화 ID: %2 — 암호: %3</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: the space&apos;s, then the tenant&apos;s, then the global one; when none does, the server&apos;s default applies.</source>
        <translation>각 값은 해당 값을 설정한 첫 번째 프로필에서 가져옵니다. 스페이스의 프로필, 테넌트의 프로필, 전역 프로필 순서로 확인하며, 어느 프로필에서도 설정하지 않으면 서버의 기본값이 적용됩니다.</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: this access method&apos;s call leg profile, then the space&apos;s, the tenant&apos;s and the global ones; when none does, the server&apos;s default applies.</source>
        <translation>각 값은 해당 값을 설정한 첫 번째 프로필에서 가져옵니다. 이 액세스 방법의 콜 레그 프로필, 스페이스의 프로필, 테넌트의 프로필, 전역 프로필 순서로 확인하며, 어느 프로필에서도 설정하지 않으면 서버의 기본값이 적용됩니다.</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: this member&apos;s call leg profile, then the space&apos;s, the tenant&apos;s and the global ones; when none does, the server&apos;s default applies.</source>
        <translation>각 값은 해당 값을 설정한 첫 번째 프로필에서 가져옵니다. 이 멤버의 콜 레그 프로필, 스페이스의 프로필, 테넌트의 프로필, 전역 프로필 순서로 확인하며, 어느 프로필에서도 설정하지 않으면 서버의 기본값이 적용됩니다.</translation>
    </message>
    <message>
        <source>(server&apos;s choice)</source>
        <extracomment>A setting nobody sets: the server decides.</extracomment>
        <translation>(서버에서 결정)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln초</numerusform>
        </translation>
    </message>
    <message>
        <source>The space itself</source>
        <extracomment>Where a value is set: on the space itself, not in a profile.</extracomment>
        <translation>스페이스 자체</translation>
    </message>
    <message>
        <source>&amp;Way of joining:</source>
        <translation>참가 방법(&amp;W):</translation>
    </message>
    <message>
        <source>Guests by the space&apos;s own URI or call ID, an access method, or a member</source>
        <translation>스페이스 자체의 URI 또는 통화 ID로 참가하는 게스트, 액세스 방법 또는 멤버</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>Read the space and its profiles again</source>
        <translation>스페이스와 해당 프로필을 다시 읽습니다</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Comes from</source>
        <extracomment>Column: the level a value comes from (global, tenant, space…).</extracomment>
        <translation>출처</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>유효 설정</translation>
    </message>
    <message>
        <source>Each setting that applies to this way of joining, and the level it comes from</source>
        <translation>이 참가 방법에 적용되는 각 설정과 그 설정의 출처 수준</translation>
    </message>
    <message>
        <source>Details of this way of joining</source>
        <translation>이 참가 방법의 세부 정보</translation>
    </message>
</context>
<context>
    <name>views::EndpointCredentialsEditor</name>
    <message>
        <source>Credentials of the selected call bridge</source>
        <translation>선택한 콜 브리지의 자격 증명</translation>
    </message>
    <message>
        <source>&amp;Same as the primary</source>
        <translation>기본 콜 브리지와 동일(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Own user and password</source>
        <translation>별도의 사용자 및 비밀번호(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the password field: the stored password is kept unless a new one is typed.</extracomment>
        <translation>변경 안 함</translation>
    </message>
    <message>
        <source>New password entered</source>
        <extracomment>Placeholder of the password field: a new password was typed (it is never shown back).</extracomment>
        <translation>새 비밀번호 입력됨</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Placeholder of the password field: a password must be typed.</extracomment>
        <translation>필수</translation>
    </message>
</context>
<context>
    <name>views::FailoverSettingsDialog</name>
    <message>
        <source>Failover Settings of %1</source>
        <translation>%1의 장애 조치 설정</translation>
    </message>
    <message>
        <source>Failover moves only the console&apos;s own traffic to the next call bridge of this list; Cisco Meeting Server itself never moves a running meeting off a failed call bridge.</source>
        <translation>장애 조치는 콘솔 자체의 트래픽만 이 목록의 다음 콜 브리지로 옮깁니다. Cisco Meeting Server 자체는 진행 중인 회의를 장애가 발생한 콜 브리지에서 다른 곳으로 옮기지 않습니다.</translation>
    </message>
    <message>
        <source>Call bridges in the order they are tried (the first is the primary)</source>
        <translation>시도하는 순서대로 나열된 콜 브리지(첫 번째가 기본)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Disco&amp;vered:</source>
        <extracomment>Label of the list of call bridges found in the cluster that can be added as alternates.</extracomment>
        <translation>발견된 브리지(&amp;V):</translation>
    </message>
    <message>
        <source>No other call bridge discovered</source>
        <translation>발견된 다른 콜 브리지 없음</translation>
    </message>
    <message>
        <source>Or a&amp;ddress:</source>
        <extracomment>Label of a field where an alternate&apos;s address is typed instead of chosen from the discovered ones.</extracomment>
        <translation>또는 주소(&amp;D):</translation>
    </message>
    <message>
        <source>cms2.example.com:445</source>
        <translation>cms2.example.com:445</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: adds the chosen call bridge to the failover list.</extracomment>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Failover policy</source>
        <translation>장애 조치 정책</translation>
    </message>
    <message>
        <source>When the primary answers again:</source>
        <translation>기본 콜 브리지가 다시 응답하면:</translation>
    </message>
    <message>
        <source>Stay on the call bridge that took over</source>
        <translation>작업을 넘겨받은 콜 브리지 계속 사용</translation>
    </message>
    <message>
        <source>Return to the primary</source>
        <translation>기본 콜 브리지로 복귀</translation>
    </message>
    <message>
        <source>Return once it has answered for:</source>
        <translation>다음 시간 동안 응답하면 복귀:</translation>
    </message>
    <message>
        <source>Check each call bridge every:</source>
        <translation>각 콜 브리지 확인 간격:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A discovered call bridge: %1 its name, %2 its address.</extracomment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Choose a discovered call bridge or type an address.</source>
        <translation>발견된 콜 브리지를 선택하거나 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>%1 is already a call bridge of this cluster; each one is listed once.</source>
        <translation>%1 콜 브리지는 이미 이 클러스터에 있습니다. 각 콜 브리지는 한 번만 나열됩니다.</translation>
    </message>
    <message>
        <source>%1 is already a call bridge of the cluster “%2”; a call bridge belongs to one cluster only.</source>
        <translation>%1 콜 브리지는 이미 “%2” 클러스터에 속해 있습니다. 콜 브리지는 하나의 클러스터에만 속할 수 있습니다.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 확인 중…</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <extracomment>%1 a call bridge&apos;s address, %2 why (a full sentence).</extracomment>
        <translation>%1 콜 브리지를 추가하지 않았습니다: %2</translation>
    </message>
    <message>
        <source>%1 was added, but it does not answer now: %2</source>
        <extracomment>%1 a call bridge&apos;s address, %2 why (a full sentence).</extracomment>
        <translation>%1 콜 브리지를 추가했지만 현재 응답하지 않습니다: %2</translation>
    </message>
    <message>
        <source>%1 was not added: its certificate is not trusted.</source>
        <translation>%1 콜 브리지를 추가하지 않았습니다. 인증서를 신뢰할 수 없습니다.</translation>
    </message>
    <message>
        <source>This cluster is no longer known; nothing was saved.</source>
        <translation>이 클러스터를 더 이상 찾을 수 없습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter the user for %1.</source>
        <translation>%1의 사용자를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>%1의 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>The failover settings could not be saved.</source>
        <translation>장애 조치 설정을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Call bridges in failover order</source>
        <translation>장애 조치 순서의 콜 브리지</translation>
    </message>
</context>
<context>
    <name>views::GlobalProfilesDialog</name>
    <message>
        <source>Global Profiles</source>
        <translation>전역 프로필</translation>
    </message>
    <message>
        <source>The profiles that apply to the whole cluster: every tenant, space and call uses them unless it names its own.</source>
        <translation>클러스터 전체에 적용되는 프로필입니다. 테넌트, 스페이스, 통화는 자체 프로필을 지정하지 않는 한 이 프로필을 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Call profile:</source>
        <translation>통화 프로필(&amp;C):</translation>
    </message>
    <message>
        <source>Global call profile</source>
        <translation>전역 통화 프로필</translation>
    </message>
    <message>
        <source>Call &amp;leg profile:</source>
        <translation>콜 레그 프로필(&amp;L):</translation>
    </message>
    <message>
        <source>Global call leg profile</source>
        <translation>전역 콜 레그 프로필</translation>
    </message>
    <message>
        <source>&amp;Dial-in security profile:</source>
        <translation>다이얼인 보안 프로필(&amp;D):</translation>
    </message>
    <message>
        <source>Global dial-in security profile</source>
        <translation>전역 다이얼인 보안 프로필</translation>
    </message>
    <message>
        <source>This cluster runs a CMS version without them (they came with %1).</source>
        <translation>이 클러스터의 CMS 버전에는 없습니다(%1부터 제공).</translation>
    </message>
    <message>
        <source>None (the server&apos;s defaults)</source>
        <translation>없음(서버 기본값)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>The global profiles could not be read: %1</source>
        <translation>전역 프로필을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The profiles could not be read: %1</source>
        <translation>프로필을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profile in a list: its name, then its id in brackets</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not found on the cluster)</source>
        <extracomment>A profile id the global profiles name but the cluster does not have</extracomment>
        <translation>%1(클러스터에 없음)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장하는 중…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>views::GrowPoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” has %n more placeholder(s), each checked on the cluster.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>풀 “%1”에 자리 표시 스페이스 %n개가 추가되었으며 각각 클러스터에서 확인되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grow Placeholder Pool</source>
        <translation>자리 표시 스페이스 풀 확장</translation>
    </message>
    <message numerus="yes">
        <source>The pool “%1” has %n placeholder(s). New ones come after its last index, with its patterns and profiles.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>풀 “%1”에는 자리 표시 스페이스가 %n개 있습니다. 새 스페이스는 마지막 인덱스 다음에 같은 패턴과 프로필로 만들어집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Placeholders to add:</source>
        <translation>추가할 자리 표시 스페이스(&amp;P):</translation>
    </message>
    <message>
        <source>Placeholders to add</source>
        <translation>추가할 자리 표시 스페이스</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <extracomment>%1, %2: the first and last new placeholder&apos;s names</extracomment>
        <translation>%1부터 %2까지.</translation>
    </message>
</context>
<context>
    <name>views::GuestHostCheckDialog</name>
    <message>
        <source>Why Can&apos;t My Guests Get In?</source>
        <translation>게스트가 들어오지 못하는 이유</translation>
    </message>
    <message>
        <source>Pattern the space follows</source>
        <translation>스페이스가 따르는 패턴</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>해결 방법</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>발견된 문제</translation>
    </message>
    <message>
        <source>One row per problem: what keeps guests or hosts out, and what its fix does. Press Enter on a row to see its fix.</source>
        <translation>문제마다 한 행: 게스트나 호스트의 참가를 막는 원인과 해결 방법이 하는 일. 행에서 Enter 키를 누르면 해결 방법을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Outcome of the check</source>
        <translation>확인 결과</translation>
    </message>
    <message>
        <source>Steps of the fix</source>
        <translation>해결 단계</translation>
    </message>
    <message>
        <source>The API steps the fix sends, in order, with their exact values (PINs masked); nothing is sent until you choose Run Fix</source>
        <translation>해결 방법이 보내는 API 단계(순서대로, 정확한 값 포함, PIN은 가림). 해결 실행을 선택하기 전에는 아무것도 보내지 않습니다</translation>
    </message>
    <message>
        <source>Progress of the fix</source>
        <translation>해결 진행률</translation>
    </message>
    <message>
        <source>Outcome of the fix</source>
        <translation>해결 결과</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>해결(&amp;F)…</translation>
    </message>
    <message>
        <source>Show what the fix of the selected problem would change, before anything is changed</source>
        <translation>선택한 문제의 해결 방법이 무엇을 바꿀지 변경 전에 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Run Fix</source>
        <translation>해결 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>다시 확인(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
    <message>
        <source>Wait until the fix ends: the dialog closes once nothing is half done.</source>
        <translation>해결이 끝날 때까지 기다리세요. 중간 상태인 작업이 없어야 대화 상자를 닫을 수 있습니다.</translation>
    </message>
    <message>
        <source>Reading the space&apos;s call leg and call profiles, access methods and members…</source>
        <translation>스페이스의 콜 레그 프로필, 통화 프로필, 액세스 방법과 멤버를 읽는 중…</translation>
    </message>
    <message>
        <source>How the space «%1» lets guests and hosts in, read from its call leg and call profiles, its access methods and its members.</source>
        <translation>스페이스 «%1»에 게스트와 호스트가 들어오는 방식입니다. 콜 레그 프로필, 통화 프로필, 액세스 방법과 멤버에서 읽었습니다.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>The space could not be read: %1</source>
        <translation>스페이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Pattern: %1.</source>
        <extracomment>%1: the name of one of the four guest/host patterns</extracomment>
        <translation>패턴: %1.</translation>
    </message>
    <message>
        <source>Pattern: none of the four. Nothing tells hosts from guests: the space has no access method, no owner and no member with a host call leg profile.</source>
        <translation>패턴: 네 가지 중 어느 것도 아닙니다. 호스트와 게스트를 구분하는 것이 없습니다. 스페이스에 액세스 방법, 소유자, 호스트 콜 레그 프로필을 가진 멤버가 없습니다.</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <extracomment>A problem the console cannot fix alone; %1: what to do</extracomment>
        <translation>직접 해결: %1</translation>
    </message>
    <message>
        <source>No problem found: guests wait in the lobby until a host joins, and hosts have a way in of their own.</source>
        <translation>문제가 없습니다. 게스트는 호스트가 참가할 때까지 로비에서 기다리고, 호스트에게는 별도의 참가 경로가 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Choose one and Fix… to see what its fix would change; one fix runs at a time, and the space is checked again after each.</source>
        <translation>
            <numerusform>문제 %n개를 발견했습니다. 문제를 선택하고 해결…을 누르면 무엇이 바뀌는지 볼 수 있습니다. 해결은 한 번에 하나씩 실행되며, 실행할 때마다 스페이스를 다시 확인합니다.</numerusform>
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
        <translation>아직 아무것도 변경하지 않았습니다. 해결 방법은 다음 단계를 순서대로 보내며, 한 단계가 실패하면 앞선 단계를 되돌립니다(&amp;N):</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n step(s) done. The space is read and checked again.</source>
        <translation>
            <numerusform>해결됨: %n단계를 완료했습니다. 스페이스를 다시 읽어 확인합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>아무것도 변경하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The fix failed and was undone: the space is as it was.
%1</source>
        <extracomment>%1: which step failed and why, and that what was done before it was undone</extracomment>
        <translation>해결에 실패하여 되돌렸습니다. 스페이스는 이전 상태 그대로입니다.
%1</translation>
    </message>
    <message>
        <source>The fix failed and could not be undone entirely:
%1</source>
        <extracomment>%1: which step failed, why, and what could not be put back</extracomment>
        <translation>해결에 실패했고 완전히 되돌리지 못했습니다:
%1</translation>
    </message>
    <message>
        <source>The pattern it follows</source>
        <extracomment>The first choice of &quot;Meant to follow&quot;: no pattern is said, the check takes the one the space follows</extracomment>
        <translation>현재 따르는 패턴</translation>
    </message>
    <message>
        <source>The guest/host pattern the space is meant to follow: the check then applies that pattern&apos;s rules and says when the space follows another</source>
        <translation>스페이스가 따라야 하는 게스트/호스트 패턴입니다. 검사는 이 패턴의 규칙을 적용하고, 스페이스가 다른 패턴을 따르면 알려 줍니다</translation>
    </message>
    <message>
        <source>&amp;Meant to follow:</source>
        <translation>의도한 패턴(&amp;M):</translation>
    </message>
</context>
<context>
    <name>views::GuestHostDetailsPage</name>
    <message>
        <source>To go on: %1</source>
        <extracomment>%1: the first problem of the details, a sentence</extracomment>
        <translation>계속하려면: %1</translation>
    </message>
    <message>
        <source>The cluster refuses some of these values: see under the fields.</source>
        <translation>클러스터에서 일부 값을 거부했습니다. 각 필드 아래를 확인하십시오.</translation>
    </message>
    <message>
        <source>Checking the values against the cluster…</source>
        <translation>클러스터에서 값을 확인하는 중…</translation>
    </message>
    <message>
        <source>Each space is checked against the cluster on the next page.</source>
        <translation>각 스페이스는 다음 페이지에서 클러스터와 대조해 확인합니다.</translation>
    </message>
    <message>
        <source>The values could not be checked against the cluster: %1</source>
        <translation>클러스터에서 값을 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>What is left to fix</source>
        <translation>수정해야 할 항목</translation>
    </message>
    <message>
        <source>“%1” for %2.</source>
        <extracomment>%1: the pattern&apos;s name, %2: what the wizard works on (&quot;the space “Board”&quot;, &quot;3 spaces&quot;)</extracomment>
        <translation>“%1” 패턴 적용 대상: %2</translation>
    </message>
    <message>
        <source>Each space keeps its own URI and call ID. The hosts&apos; URI and call ID must differ from one space to the next, so they are made from each space&apos;s own with the suffix you type (“board” becomes “board.host”); leave a suffix empty to set no such value.</source>
        <translation>각 스페이스는 자체 URI와 통화 ID를 유지합니다. 호스트의 URI와 통화 ID는 스페이스마다 달라야 하므로, 각 스페이스의 값 뒤에 입력한 접미사를 붙여 만듭니다(“board”는 “board.host”가 됨). 접미사를 비워 두면 해당 값을 설정하지 않습니다.</translation>
    </message>
    <message>
        <source>The new space is created with these values.</source>
        <translation>새 스페이스가 이 값으로 만들어집니다.</translation>
    </message>
    <message>
        <source>Leave the guests&apos; URI and call ID empty to keep those the space has.</source>
        <translation>스페이스의 기존 값을 유지하려면 게스트 URI와 통화 ID를 비워 두십시오.</translation>
    </message>
    <message>
        <source>Space &amp;name</source>
        <translation>스페이스 이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Guests&apos; URI</source>
        <translation>게스트 URI(&amp;G)</translation>
    </message>
    <message>
        <source>Guests&apos; &amp;call ID</source>
        <translation>게스트 통화 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hosts&apos; URI: each space&apos;s URI followed by</source>
        <translation>호스트 URI(&amp;H): 각 스페이스 URI 뒤에 붙일 값</translation>
    </message>
    <message>
        <source>&amp;Hosts&apos; URI</source>
        <translation>호스트 URI(&amp;H)</translation>
    </message>
    <message>
        <source>Hosts&apos; call &amp;ID: each space&apos;s call ID followed by</source>
        <translation>호스트 통화 ID(&amp;I): 각 스페이스 통화 ID 뒤에 붙일 값</translation>
    </message>
    <message>
        <source>Hosts&apos; call &amp;ID</source>
        <translation>호스트 통화 ID(&amp;I)</translation>
    </message>
    <message>
        <source>G&amp;uest PIN</source>
        <translation>게스트 PIN(&amp;U)</translation>
    </message>
    <message>
        <source>Host &amp;PIN</source>
        <translation>호스트 PIN(&amp;P)</translation>
    </message>
    <message>
        <source>Guests enter the empty PIN &amp;by</source>
        <translation>게스트가 빈 PIN을 입력하는 방법(&amp;B)</translation>
    </message>
    <message>
        <source>Silence that counts as an empty PIN</source>
        <translation>빈 PIN으로 간주할 무음 시간</translation>
    </message>
    <message>
        <source>Host &amp;user</source>
        <translation>호스트 사용자(&amp;U)</translation>
    </message>
    <message>
        <source>When the last host &amp;leaves</source>
        <translation>마지막 호스트가 나갈 때(&amp;L)</translation>
    </message>
    <message>
        <source>Space name</source>
        <translation>스페이스 이름</translation>
    </message>
    <message>
        <source>Guests&apos; URI</source>
        <translation>게스트 URI</translation>
    </message>
    <message>
        <source>Guests&apos; call ID</source>
        <translation>게스트 통화 ID</translation>
    </message>
    <message>
        <source>Suffix of the hosts&apos; URI</source>
        <translation>호스트 URI 접미사</translation>
    </message>
    <message>
        <source>Hosts&apos; URI</source>
        <translation>호스트 URI</translation>
    </message>
    <message>
        <source>Suffix of the hosts&apos; call ID</source>
        <translation>호스트 통화 ID 접미사</translation>
    </message>
    <message>
        <source>Hosts&apos; call ID</source>
        <translation>호스트 통화 ID</translation>
    </message>
    <message>
        <source>Guest PIN</source>
        <translation>게스트 PIN</translation>
    </message>
    <message>
        <source>Host PIN</source>
        <translation>호스트 PIN</translation>
    </message>
    <message>
        <source>How guests enter the empty PIN</source>
        <translation>게스트가 빈 PIN을 입력하는 방법</translation>
    </message>
    <message>
        <source>Host user</source>
        <translation>호스트 사용자</translation>
    </message>
    <message>
        <source>When the last host leaves</source>
        <translation>마지막 호스트가 나갈 때</translation>
    </message>
    <message>
        <source>The space has none</source>
        <extracomment>Placeholder of an empty field: the space has no such value, and none is set</extracomment>
        <translation>스페이스에 값이 없음</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <extracomment>Placeholder of an empty field: %1 is the value the space keeps</extracomment>
        <translation>%1 유지</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>For example .host</source>
        <translation>예: .host</translation>
    </message>
    <message>
        <source>Type a name or an address</source>
        <translation>이름이나 주소를 입력하십시오</translation>
    </message>
    <message>
        <source>Pressing # (they are asked)</source>
        <translation># 누르기(안내 메시지 표시)</translation>
    </message>
    <message>
        <source>Waiting in silence</source>
        <translation>조용히 기다리기</translation>
    </message>
    <message>
        <source>The guests go back to the lobby</source>
        <translation>게스트는 대기실로 돌아감</translation>
    </message>
    <message>
        <source>The guests are disconnected</source>
        <translation>게스트 연결이 끊어짐</translation>
    </message>
    <message>
        <source>The meeting goes on with the guests</source>
        <translation>게스트와 회의가 계속됨</translation>
    </message>
</context>
<context>
    <name>views::GuestHostPatternDiagram</name>
    <message>
        <source>Dials the space&apos;s URI or call ID</source>
        <translation>스페이스 URI나 통화 ID로 전화</translation>
    </message>
    <message>
        <source>Dials the space&apos;s URI, enters the guest PIN</source>
        <translation>스페이스 URI로 전화, 게스트 PIN 입력</translation>
    </message>
    <message>
        <source>Dials the space&apos;s URI, no PIN (# or silence)</source>
        <translation>스페이스 URI로 전화, PIN 없음(# 또는 무음)</translation>
    </message>
    <message>
        <source>Dials the hosts&apos; own URI or call ID</source>
        <translation>호스트 전용 URI나 통화 ID로 전화</translation>
    </message>
    <message>
        <source>Dials the same URI, enters the host PIN</source>
        <translation>같은 URI로 전화, 호스트 PIN 입력</translation>
    </message>
    <message>
        <source>Signs in to the web app as a member</source>
        <translation>멤버로 웹 앱에 로그인</translation>
    </message>
    <message>
        <source>Guest: %1; waits in the lobby. Host: %2; goes straight into the meeting and lets the guests in.</source>
        <extracomment>Accessible description of a diagram. %1: what the guest does, %2: what the host does</extracomment>
        <translation>게스트: %1, 대기실에서 기다림. 호스트: %2, 바로 회의에 들어가 게스트를 입장시킴.</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <extracomment>Accessible name of a diagram; %1: the pattern&apos;s name</extracomment>
        <translation>다이어그램: %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>게스트</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Lobby: waits for a host</source>
        <translation>대기실: 호스트를 기다림</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
</context>
<context>
    <name>views::GuestHostPatternPage</name>
    <message>
        <source>SIP and the web app. Hosts get a URI and call ID of their own, so no PIN is needed to tell them apart; guests may still have a PIN. Choose it when hosts can be given another address.</source>
        <translation>SIP와 웹 앱. 호스트에게 전용 URI와 통화 ID가 있으므로 구별하는 데 PIN이 필요 없으며, 게스트에게는 PIN을 둘 수도 있습니다. 호스트에게 별도의 주소를 줄 수 있을 때 선택하십시오.</translation>
    </message>
    <message>
        <source>SIP and the web app. Everybody dials the same URI; the PIN entered says who is a host. Choose it when guests have a PIN anyway.</source>
        <translation>SIP와 웹 앱. 모두 같은 URI로 전화하며, 입력한 PIN으로 호스트를 구별합니다. 게스트에게 어차피 PIN이 있을 때 선택하십시오.</translation>
    </message>
    <message>
        <source>SIP callers only: web app joins are not affected. Guests enter no PIN (they press # or wait), hosts enter theirs. Choose it when guests must get in without a PIN.</source>
        <translation>SIP 발신자 전용이며 웹 앱 참가에는 영향이 없습니다. 게스트는 PIN을 입력하지 않고(#을 누르거나 기다림) 호스트는 자신의 PIN을 입력합니다. 게스트가 PIN 없이 들어와야 할 때 선택하십시오.</translation>
    </message>
    <message>
        <source>The web app. The host signs in as a member of the space and owns it; guests dial its URI. Choose it when the host has a user account; a host PIN for SIP is optional.</source>
        <translation>웹 앱. 호스트는 스페이스의 멤버이자 소유자로 로그인하고, 게스트는 스페이스 URI로 전화합니다. 호스트에게 사용자 계정이 있을 때 선택하십시오. SIP용 호스트 PIN은 선택 사항입니다.</translation>
    </message>
    <message>
        <source>Choose a Pattern</source>
        <translation>패턴 선택</translation>
    </message>
    <message>
        <source>How guests and hosts reach %1: guests wait in the lobby until a host joins.</source>
        <extracomment>%1: what the wizard works on (&quot;the space “Board”&quot;, &quot;3 spaces&quot;, &quot;a new space&quot;)</extracomment>
        <translation>게스트와 호스트가 참가하는 방법(대상: %1). 게스트는 호스트가 참가할 때까지 대기실에서 기다립니다.</translation>
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
        <translation>계획</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These are the steps, in order, with the exact values sent; PINs are shown as •••.</source>
        <translation>아직 아무것도 변경되지 않았습니다. 다음은 보낼 정확한 값과 함께 순서대로 나열한 단계입니다. PIN은 •••으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Each space is planned again just before it is changed, so a profile created for the first space is reused by the next ones rather than created again. A space that fails does not stop the others.</source>
        <translation>각 스페이스는 변경 직전에 다시 계획되므로, 첫 스페이스용으로 만든 프로필을 다음 스페이스에서 다시 만들지 않고 재사용합니다. 한 스페이스가 실패해도 나머지는 계속 진행됩니다.</translation>
    </message>
    <message>
        <source>If a step fails, every step done before it is undone, in reverse order.</source>
        <translation>단계가 실패하면 그 전에 완료된 모든 단계를 역순으로 되돌립니다.</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>계획된 단계</translation>
    </message>
    <message>
        <source>Outcome of the plan</source>
        <translation>계획 결과</translation>
    </message>
    <message>
        <source>What is reused, then each API step in order; nothing is sent until you choose Apply</source>
        <translation>재사용되는 항목과 각 API 단계를 순서대로 표시합니다. 적용을 선택하기 전에는 아무것도 보내지 않습니다</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>클러스터를 읽는 중…</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>클러스터가 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Planning space %1 of %2: %3…</source>
        <translation>스페이스 %1/%2 계획 중: %3…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln단계</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>변경 사항 없음</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A space in the plan: %1 its name, %2 what is planned (&quot;3 steps&quot;, &quot;nothing to change&quot;, &quot;refused&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A planned step: %1 its number, %2 the step</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This space is already set up this way: nothing needs changing.</source>
        <translation>이 스페이스는 이미 이렇게 설정되어 있어 변경할 사항이 없습니다.</translation>
    </message>
    <message>
        <source>The console will not make these changes: the reasons are listed above. Go back to change the details.</source>
        <translation>콘솔에서 이 변경을 수행하지 않습니다. 이유는 위에 나와 있습니다. 이전 페이지로 돌아가 세부 정보를 변경하십시오.</translation>
    </message>
    <message>
        <source>Nothing needs changing. Next reads the space back to verify it.</source>
        <translation>변경할 사항이 없습니다. 다음을 누르면 스페이스를 다시 읽어 확인합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Apply carries out these %Ln step(s).</source>
        <translation>
            <numerusform>적용을 누르면 이 %Ln단계를 수행합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>To change: %1. Already right: %2. Refused: %3.</source>
        <extracomment>%1, %2, %3: numbers of spaces (each &quot;N space(s)&quot;)</extracomment>
        <translation>변경 대상: %1. 이미 올바름: %2. 거부됨: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>스페이스 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>확인(&amp;V)</translation>
    </message>
</context>
<context>
    <name>views::GuestHostRunPage</name>
    <message>
        <source>Applying</source>
        <translation>적용 중</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>확인(&amp;V)</translation>
    </message>
    <message>
        <source>One space after the other; each gets its own result.</source>
        <translation>스페이스를 하나씩 차례로 처리하며 각각 결과를 표시합니다.</translation>
    </message>
    <message>
        <source>Each step is sent, then read back.</source>
        <translation>각 단계를 보낸 뒤 다시 읽어 확인합니다.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Result per space</source>
        <translation>스페이스별 결과</translation>
    </message>
    <message>
        <source>Steps and their results</source>
        <translation>단계 및 결과</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Outcome of the changes</source>
        <translation>변경 결과</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <extracomment>%1: the step being undone</extracomment>
        <translation>되돌리는 중: %1</translation>
    </message>
    <message>
        <source>Under way…</source>
        <translation>진행 중…</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <extracomment>%1: the space&apos;s name, %2: step number, %3: number of steps, %4: the step</extracomment>
        <translation>%1, %3단계 중 %2단계: %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>변경 사항 없음</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Failed, undone</source>
        <translation>실패, 되돌림</translation>
    </message>
    <message>
        <source>Failed, not all undone</source>
        <translation>실패, 일부 되돌리지 못함</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <source>Done, see below</source>
        <translation>완료, 아래 참조</translation>
    </message>
    <message>
        <source>Set up: %1. Already right: %2. Not set up: %3.</source>
        <extracomment>%1, %2, %3: numbers of spaces (each &quot;N space(s)&quot;)</extracomment>
        <translation>설정됨: %1. 이미 올바름: %2. 설정 안 됨: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>스페이스 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: every step was carried out and read back. Next reads the space again to verify it.</source>
        <translation>완료: 모든 단계를 수행하고 다시 읽어 확인했습니다. 다음을 누르면 스페이스를 다시 읽어 검증합니다.</translation>
    </message>
    <message>
        <source>Nothing needed changing.</source>
        <translation>변경할 사항이 없었습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <extracomment>%1: why</extracomment>
        <translation>아무것도 변경되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Stopping at the next step; what was done is undone…</source>
        <translation>다음 단계에서 멈추고 수행한 작업을 되돌리는 중…</translation>
    </message>
</context>
<context>
    <name>views::GuestHostVerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Read back from the cluster: what a guest and the host now get.</source>
        <translation>클러스터에서 다시 읽은 결과: 게스트와 호스트에게 이제 적용되는 내용입니다.</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>기대 사항</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Expectations and whether they are met</source>
        <translation>기대 사항 및 충족 여부</translation>
    </message>
    <message>
        <source>Outcome of the read-back</source>
        <translation>다시 읽기 결과</translation>
    </message>
    <message>
        <source>Reading back %1…</source>
        <extracomment>%1: the space&apos;s name</extracomment>
        <translation>%1 다시 읽는 중…</translation>
    </message>
    <message>
        <source>The space could not be read back: %1</source>
        <extracomment>%1: why the space could not be read back</extracomment>
        <translation>스페이스를 다시 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>미충족</translation>
    </message>
    <message>
        <source>No space was set up: nothing to read back.</source>
        <translation>설정된 스페이스가 없어 다시 읽을 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln expectation(s) met.</source>
        <translation>
            <numerusform>기대 사항 %Ln개가 모두 충족되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expectation(s) not met: see the rows marked above.</source>
        <translation>
            <numerusform>충족되지 않은 기대 사항 %Ln개: 위에 표시된 행을 확인하십시오.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GuestHostWizard</name>
    <message>
        <source>a new space</source>
        <translation>새 스페이스</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>스페이스 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>the space “%1”</source>
        <extracomment>%1: the space&apos;s name</extracomment>
        <translation>스페이스 “%1”</translation>
    </message>
    <message>
        <source>Guest and Host Access</source>
        <translation>게스트 및 호스트 접속</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
</context>
<context>
    <name>views::LivePane</name>
    <message>
        <source>Find a person or a meeting by name, address or user (%1)</source>
        <translation>이름, 주소 또는 사용자로 사람이나 회의 찾기(%1)</translation>
    </message>
    <message>
        <source>Search calls and participants</source>
        <translation>통화 및 참가자 검색</translation>
    </message>
    <message>
        <source>Shows the meetings and the participants whose name, address or user contain every word typed</source>
        <translation>입력한 모든 단어가 이름, 주소 또는 사용자에 들어 있는 회의와 참가자를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>통화(&amp;C)</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Every meeting of the cluster; a meeting that runs on several call bridges lists its calls under it. Drop participants on a meeting to move them there.</source>
        <translation>클러스터의 모든 회의입니다. 여러 콜 브리지에서 진행되는 회의는 그 아래에 각 통화를 표시합니다. 참가자를 회의에 끌어다 놓으면 그 회의로 이동합니다.</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>참가자(&amp;P)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>The participants of the chosen meetings, or of every meeting when none is chosen. Drag them onto a meeting, or use Move To, to move them.</source>
        <translation>선택한 회의의 참가자이며, 선택한 회의가 없으면 모든 회의의 참가자입니다. 참가자를 회의로 끌어다 놓거나 다른 회의로 이동을 사용하여 이동합니다.</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>다른 회의로 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected participants into another meeting (%1)</source>
        <translation>선택한 참가자를 다른 회의로 이동(%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>다른 회의로 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln participant(s) into the meeting:</source>
        <translation>
            <numerusform>참가자 %Ln명을 이동할 회의:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Participants</source>
        <translation>참가자 이동</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln participant(s) into «%1»?</source>
        <translation>
            <numerusform>참가자 %Ln명을 «%1» 회의로 이동할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>이동(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) moved into «%1».</source>
        <translation>
            <numerusform>참가자 %Ln명을 «%1» 회의로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be moved.</source>
        <translation>
            <numerusform>참가자 %1명 중 %Ln명을 이동하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving %1 into «%2»…</source>
        <translation>%1: «%2» 회의로 이동하는 중…</translation>
    </message>
    <message>
        <source>%1 moved into «%2».</source>
        <translation>%1: «%2» 회의로 이동했습니다.</translation>
    </message>
    <message>
        <source>%1 was not moved into «%2»: %3</source>
        <translation>%1: «%2» 회의로 이동하지 못했습니다. %3</translation>
    </message>
    <message>
        <source>Mute or Unmute &amp;Audio</source>
        <translation>오디오 음소거/해제(&amp;A)</translation>
    </message>
    <message>
        <source>Mute the selected participants&apos; audio, or unmute it when all are muted</source>
        <translation>선택한 참가자의 오디오를 음소거하며, 모두 음소거되어 있으면 해제합니다</translation>
    </message>
    <message>
        <source>Stop or Start &amp;Video</source>
        <translation>비디오 중지/시작(&amp;V)</translation>
    </message>
    <message>
        <source>Stop the selected participants&apos; video, or start it again when all are stopped</source>
        <translation>선택한 참가자의 비디오를 중지하며, 모두 중지되어 있으면 다시 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Let In from the Lobby</source>
        <translation>대기실에서 입장 허용(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>연결 끊기(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;End Meeting…</source>
        <translation>회의 종료(&amp;E)…</translation>
    </message>
    <message>
        <source>Video of %1 stopped.</source>
        <translation>%1: 비디오를 중지했습니다.</translation>
    </message>
    <message>
        <source>Video of %1 started again.</source>
        <translation>%1: 비디오를 다시 시작했습니다.</translation>
    </message>
    <message>
        <source>%1 muted.</source>
        <translation>%1: 음소거했습니다.</translation>
    </message>
    <message>
        <source>%1 unmuted.</source>
        <translation>%1: 음소거를 해제했습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changing video…</source>
        <translation>비디오 변경 중…</translation>
    </message>
    <message>
        <source>Changing audio…</source>
        <translation>오디오 변경 중…</translation>
    </message>
    <message numerus="yes">
        <source>Done for %Ln participant(s).</source>
        <translation>
            <numerusform>참가자 %Ln명에 대해 완료했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be changed.</source>
        <translation>
            <numerusform>참가자 %1명 중 %Ln명을 변경하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 let in from the lobby.</source>
        <translation>%1: 대기실에서 입장했습니다.</translation>
    </message>
    <message>
        <source>Letting participants in…</source>
        <translation>참가자 입장 허용 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) let in.</source>
        <translation>
            <numerusform>참가자 %Ln명이 입장했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be let in.</source>
        <translation>
            <numerusform>참가자 %1명 중 %Ln명을 입장시키지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1: 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>Disconnect Participants</source>
        <translation>참가자 연결 끊기</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %Ln participant(s)?</source>
        <translation>
            <numerusform>참가자 %Ln명의 연결을 끊을까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>연결 끊기(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>연결 끊는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) disconnected.</source>
        <translation>
            <numerusform>참가자 %Ln명의 연결을 끊었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be disconnected.</source>
        <translation>
            <numerusform>참가자 %1명 중 %Ln명의 연결을 끊지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting «%1» ended.</source>
        <translation>«%1» 회의를 종료했습니다.</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>End Meetings</source>
        <translation>회의 종료</translation>
    </message>
    <message numerus="yes">
        <source>End %Ln meeting(s)? Everyone in them is disconnected.</source>
        <translation>
            <numerusform>회의 %Ln개를 종료할까요? 참가한 모든 사람의 연결이 끊깁니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln participant(s) in all.</source>
        <translation>
            <numerusform>%1 — 참가자 총 %Ln명.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>종료(&amp;E)</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>종료 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) ended.</source>
        <translation>
            <numerusform>회의 %Ln개를 종료했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 meeting(s) could not be ended.</source>
        <translation>
            <numerusform>회의 %1개 중 %Ln개를 종료하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dial &amp;Out…</source>
        <translation>전화 걸기(&amp;O)…</translation>
    </message>
    <message>
        <source>Call someone into the selected meeting (%1)</source>
        <translation>전화를 걸어 선택한 회의에 참가시킵니다(%1)</translation>
    </message>
    <message>
        <source>&amp;Start Meeting…</source>
        <translation>회의 시작(&amp;S)…</translation>
    </message>
    <message>
        <source>Start the meeting of a space on a call bridge (%1)</source>
        <translation>콜 브리지에서 스페이스의 회의를 시작합니다(%1)</translation>
    </message>
    <message>
        <source>Live actions</source>
        <translation>실시간 작업</translation>
    </message>
    <message>
        <source>%1 dialled from «%2».</source>
        <translation>«%2»에서 %1에 전화를 걸었습니다.</translation>
    </message>
    <message>
        <source>%1 could not be dialled from «%2»: %3</source>
        <translation>«%2»에서 %1에 전화를 걸지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Dialling %1…</source>
        <translation>%1에 전화를 거는 중…</translation>
    </message>
    <message>
        <source>%1 is being called.</source>
        <translation>%1에 전화를 거는 중입니다.</translation>
    </message>
    <message>
        <source>%1 could not be called.</source>
        <translation>%1에 전화를 걸지 못했습니다.</translation>
    </message>
    <message>
        <source>Meeting of «%1» started.</source>
        <translation>«%1» 회의를 시작했습니다.</translation>
    </message>
    <message>
        <source>The meeting of «%1» did not start: %2</source>
        <translation>«%1» 회의를 시작하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Starting the meeting of «%1»…</source>
        <translation>«%1» 회의를 시작하는 중…</translation>
    </message>
    <message>
        <source>The meeting of «%1» did not start.</source>
        <translation>«%1» 회의를 시작하지 못했습니다.</translation>
    </message>
    <message>
        <source>More live actions</source>
        <translation>기타 실시간 작업</translation>
    </message>
</context>
<context>
    <name>views::LiveSection</name>
    <message>
        <source>Live</source>
        <extracomment>The section of live calls and participants</extracomment>
        <translation>실시간</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <extracomment>View menu: show the Live section; also the title of the Live menu</extracomment>
        <translation>실시간(&amp;L)</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>클러스터(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>클러스터 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Connect to another cluster by the address of one of its call bridges.</source>
        <translation>콜 브리지 중 하나의 주소를 사용하여 다른 클러스터에 연결합니다.</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>클러스터 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Failover Settings…</source>
        <translation>장애 조치 설정(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster…</source>
        <translation>클러스터 제거(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About CMS Console</source>
        <translation>CMS Console 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>활동(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>섹션(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lusters</source>
        <translation>클러스터(&amp;L)</translation>
    </message>
    <message>
        <source>No cluster yet</source>
        <translation>아직 클러스터 없음</translation>
    </message>
    <message>
        <source>Add a cluster by the address of one of its call bridges. To try the console first, start it with --demo: it then runs a simulated cluster of its own.</source>
        <translation>클러스터의 콜 브리지 중 하나의 주소를 사용하여 클러스터를 추가하십시오. 콘솔을 먼저 사용해 보려면 --demo 옵션으로 시작하십시오. 그러면 콘솔이 자체 시뮬레이션 클러스터를 실행합니다.</translation>
    </message>
    <message>
        <source>Add a Cluster…</source>
        <translation>클러스터 추가…</translation>
    </message>
    <message>
        <source>The certificate of %1 is now trusted for that bridge only.</source>
        <translation>이제 %1의 인증서는 해당 브리지에 대해서만 신뢰됩니다.</translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>클러스터 제거</translation>
    </message>
    <message>
        <source>Remove the cluster &quot;%1&quot; from the console?</source>
        <translation>콘솔에서 &quot;%1&quot; 클러스터를 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Its settings and the passwords stored for it in the system keychain are deleted. Nothing changes on the cluster itself.</source>
        <translation>클러스터의 설정과 시스템 키체인에 저장된 비밀번호가 삭제됩니다. 클러스터 자체는 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>About CMS Console</source>
        <translation>CMS Console 정보</translation>
    </message>
    <message>
        <source>CMS Console %1</source>
        <translation>CMS Console %1</translation>
    </message>
    <message>
        <source>A console for administering and operating Cisco Meeting Server clusters through their REST API.</source>
        <translation>REST API를 통해 Cisco Meeting Server 클러스터를 관리하고 운영하기 위한 콘솔입니다.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>섹션</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <source>Every cluster with its call bridges; the one chosen is the current cluster</source>
        <translation>각 클러스터와 콜 브리지. 선택한 클러스터가 현재 클러스터가 됩니다</translation>
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
        <translation>회의 시작</translation>
    </message>
    <message>
        <source>Start a meeting in the space «%1». The space gets the meeting&apos;s name and passcode, lets non-members in and gets a new secret; the call starts on one call bridge, which then dials the addresses below.</source>
        <translation>스페이스 «%1»에서 회의를 시작합니다. 스페이스에 회의 이름과 암호가 설정되고, 비멤버 참가가 허용되며, 새 시크릿이 발급됩니다. 통화는 콜 브리지 한 곳에서 시작되고, 그 브리지가 아래 주소로 발신합니다.</translation>
    </message>
    <message>
        <source>&amp;Start Meeting</source>
        <translation>회의 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Extend Meeting</source>
        <translation>회의 연장</translation>
    </message>
    <message>
        <source>Extend the meeting in «%1»: once its call is found still running, its name, passcode and non-member access are sent again. A field left blank keeps what the space has now.</source>
        <translation>«%1»의 회의를 연장합니다. 통화가 아직 진행 중인지 확인한 뒤 이름, 암호, 비멤버 참가 설정을 다시 보냅니다. 비워 둔 필드는 스페이스의 현재 값을 유지합니다.</translation>
    </message>
    <message>
        <source>&amp;Extend Meeting</source>
        <translation>회의 연장(&amp;E)</translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation>회의 종료</translation>
    </message>
    <message>
        <source>End the meeting in «%1»: the space gets its placeholder name back, loses its passcode and non-member access, and gets a new secret so that links to the meeting stop working; then the call ends for everyone in it.</source>
        <translation>«%1»의 회의를 종료합니다. 스페이스는 자리 표시 이름으로 돌아가고, 암호와 비멤버 참가가 해제되며, 새 시크릿이 발급되어 회의 링크가 더 이상 작동하지 않습니다. 그런 다음 모든 참가자의 통화가 종료됩니다.</translation>
    </message>
    <message>
        <source>&amp;End Meeting</source>
        <translation>회의 종료(&amp;E)</translation>
    </message>
    <message>
        <source>Notes on the plan</source>
        <translation>계획에 대한 참고 사항</translation>
    </message>
    <message>
        <source>Steps of the meeting&apos;s change</source>
        <translation>회의 변경 단계</translation>
    </message>
    <message>
        <source>The API steps sent, in order, with their values (passcodes masked); nothing is sent until you choose to run them</source>
        <translation>보낼 API 단계와 그 값(암호는 가려짐)을 순서대로 보여 줍니다. 실행을 선택하기 전에는 아무것도 보내지 않습니다</translation>
    </message>
    <message>
        <source>Calls to the addresses:</source>
        <translation>주소별 통화:</translation>
    </message>
    <message>
        <source>Calls to the addresses</source>
        <translation>주소별 통화</translation>
    </message>
    <message>
        <source>One row per address dialled: the address, the state of its call, and what the call bridge reported</source>
        <translation>발신한 주소마다 한 행: 주소, 통화 상태, 콜 브리지가 보고한 내용</translation>
    </message>
    <message>
        <source>Progress of the meeting&apos;s change</source>
        <translation>회의 변경 진행률</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Outcome of the meeting&apos;s change</source>
        <translation>회의 변경 결과</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>미리 보기(&amp;R)</translation>
    </message>
    <message>
        <source>Show the steps that would be sent, before anything is changed</source>
        <translation>변경하기 전에 보낼 단계를 보여 줍니다</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation>회의 이름</translation>
    </message>
    <message>
        <source>The name the space shows while the meeting runs</source>
        <translation>회의 중 스페이스에 표시되는 이름</translation>
    </message>
    <message>
        <source>Meeting &amp;name:</source>
        <translation>회의 이름(&amp;N):</translation>
    </message>
    <message>
        <source>The passcode people type to join; leave it blank for none</source>
        <translation>참가할 때 입력하는 암호입니다. 없으면 비워 두세요</translation>
    </message>
    <message>
        <source>The active call bridge (%1), or another that answers</source>
        <extracomment>The call bridge the console chooses: the one it talks to (%1), or, when that one is silent, one that answers</extracomment>
        <translation>활성 콜 브리지(%1) 또는 응답하는 다른 브리지</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>콜 브리지</translation>
    </message>
    <message>
        <source>The call bridge that holds the meeting&apos;s call and dials the addresses; a running meeting stays on it</source>
        <translation>회의 통화를 호스트하고 주소로 발신하는 콜 브리지입니다. 진행 중인 회의는 이 브리지에 유지됩니다</translation>
    </message>
    <message>
        <source>Call &amp;bridge:</source>
        <translation>콜 브리지(&amp;B):</translation>
    </message>
    <message>
        <source>One address per line: alice@example.com, room7.example.com, +33 1 23 45 67 89</source>
        <translation>한 줄에 주소 하나: alice@example.com, room7.example.com, +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Addresses to dial</source>
        <translation>발신할 주소</translation>
    </message>
    <message>
        <source>One address per line, or separated by commas or semicolons: a URI, an endpoint&apos;s domain name or IP address, or a telephone number</source>
        <translation>한 줄에 하나씩, 또는 쉼표나 세미콜론으로 구분: URI, 엔드포인트의 도메인 이름 또는 IP 주소, 전화번호</translation>
    </message>
    <message>
        <source>&amp;Addresses to dial:</source>
        <translation>발신할 주소(&amp;A):</translation>
    </message>
    <message>
        <source>Addresses that cannot be dialled</source>
        <translation>발신할 수 없는 주소</translation>
    </message>
    <message>
        <source>Load from &amp;File…</source>
        <translation>파일에서 불러오기(&amp;F)…</translation>
    </message>
    <message>
        <source>Replace the addresses with those of a text file</source>
        <translation>주소를 텍스트 파일의 주소로 바꿉니다</translation>
    </message>
    <message>
        <source>Saved address list</source>
        <translation>저장된 주소 목록</translation>
    </message>
    <message>
        <source>Lists of addresses saved in the console, for every cluster</source>
        <translation>콘솔에 저장된 주소 목록(모든 클러스터 공통)</translation>
    </message>
    <message>
        <source>Saved l&amp;ist:</source>
        <translation>저장된 목록(&amp;I):</translation>
    </message>
    <message>
        <source>L&amp;oad List</source>
        <translation>목록 불러오기(&amp;O)</translation>
    </message>
    <message>
        <source>Replace the addresses with the saved list chosen</source>
        <translation>주소를 선택한 저장 목록으로 바꿉니다</translation>
    </message>
    <message>
        <source>Sa&amp;ve List…</source>
        <translation>목록 저장(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the addresses under a name, for later meetings</source>
        <translation>다음 회의를 위해 주소를 이름을 붙여 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Delete List</source>
        <translation>목록 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the saved list chosen</source>
        <translation>선택한 저장 목록을 삭제합니다</translation>
    </message>
    <message>
        <source>Blank: the name it has</source>
        <translation>비워 두면 현재 이름 유지</translation>
    </message>
    <message>
        <source>The meeting&apos;s name, sent again; blank keeps the name the space has</source>
        <translation>다시 보낼 회의 이름입니다. 비워 두면 스페이스의 현재 이름을 유지합니다</translation>
    </message>
    <message>
        <source>The meeting&apos;s passcode, sent again; blank keeps the passcode the space has</source>
        <translation>다시 보낼 회의 암호입니다. 비워 두면 스페이스의 현재 암호를 유지합니다</translation>
    </message>
    <message>
        <source>Blank: the passcode it has</source>
        <translation>비워 두면 현재 암호 유지</translation>
    </message>
    <message>
        <source>The name its pool gives it</source>
        <translation>풀에서 정한 이름</translation>
    </message>
    <message>
        <source>Placeholder name</source>
        <translation>자리 표시 이름</translation>
    </message>
    <message>
        <source>The name the space gets back once the meeting ends; by default the one its placeholder pool gives it</source>
        <translation>회의가 끝나면 스페이스가 되돌아갈 이름입니다. 기본값은 자리 표시 풀에서 정한 이름입니다</translation>
    </message>
    <message>
        <source>Placeholder &amp;name:</source>
        <translation>자리 표시 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>표시(&amp;H)</translation>
    </message>
    <message>
        <source>Show the passcode</source>
        <translation>암호 표시</translation>
    </message>
    <message>
        <source>Shows the passcode typed instead of dots</source>
        <translation>점 대신 입력한 암호를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Passcode:</source>
        <translation>암호(&amp;P):</translation>
    </message>
    <message>
        <source>Wait until the run ends: the dialog closes once nothing is half done.</source>
        <translation>실행이 끝날 때까지 기다리세요. 중간 상태로 남은 작업이 없어야 창이 닫힙니다.</translation>
    </message>
    <message>
        <source>A meeting needs a name.</source>
        <translation>회의에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>An address cannot be dialled: correct it or remove it first.</source>
        <translation>발신할 수 없는 주소가 있습니다. 먼저 수정하거나 삭제하세요.</translation>
    </message>
    <message>
        <source>Reading the space and the meetings of every call bridge…</source>
        <translation>스페이스와 각 콜 브리지의 회의를 읽는 중…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1: step number, %2: the step with its values</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These steps would be sent, in order; if one fails, the steps before it are undone:</source>
        <translation>아직 아무것도 변경하지 않았습니다. 다음 단계를 순서대로 보내며, 한 단계가 실패하면 그 앞의 단계를 되돌립니다:</translation>
    </message>
    <message>
        <source>The steps sent, in order:</source>
        <translation>보낸 단계(순서대로):</translation>
    </message>
    <message numerus="yes">
        <source>Done: the meeting runs on %1, and %n address(es) were dialled.</source>
        <translation>
            <numerusform>완료: 회의가 %1에서 진행 중이며 주소 %n개로 발신했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the meeting is extended; it still runs on %1.</source>
        <translation>완료: 회의를 연장했습니다. 회의는 계속 %1에서 진행됩니다.</translation>
    </message>
    <message>
        <source>Done: the meeting has ended and the space is a placeholder again, with a new secret.</source>
        <translation>완료: 회의가 종료되었고 스페이스는 새 시크릿과 함께 다시 자리 표시 스페이스가 되었습니다.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>아무것도 변경하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 failed: %3</source>
        <extracomment>%1: step number, %2: number of steps, %3: the step</extracomment>
        <translation>%2단계 중 %1단계 실패: %3</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>원인: %1</translation>
    </message>
    <message>
        <source>The call bridge %1 does not answer: the meeting was not started on another call bridge, as CMS does not move running meetings.</source>
        <extracomment>%1: the call bridge</extracomment>
        <translation>콜 브리지 %1 응답 없음: CMS는 진행 중인 회의를 옮기지 않으므로 다른 콜 브리지에서 회의를 시작하지 않았습니다.</translation>
    </message>
    <message>
        <source>Undone, last step first:</source>
        <translation>되돌린 단계(마지막 단계부터):</translation>
    </message>
    <message>
        <source>Nothing is left changed: the space is as it was, and no call is left running.</source>
        <translation>변경된 채 남은 것은 없습니다. 스페이스는 원래대로이며 진행 중인 통화도 남아 있지 않습니다.</translation>
    </message>
    <message>
        <source>Left changed on the cluster:</source>
        <translation>클러스터에 변경된 채 남은 것:</translation>
    </message>
    <message>
        <source>No list saved</source>
        <translation>저장된 목록 없음</translation>
    </message>
    <message>
        <source>Only a list whose addresses can all be dialled is saved.</source>
        <translation>모든 주소로 발신할 수 있는 목록만 저장됩니다.</translation>
    </message>
    <message>
        <source>Save Address List</source>
        <translation>주소 목록 저장</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>목록 이름:</translation>
    </message>
    <message>
        <source>The list “%1” is replaced.</source>
        <translation>“%1” 목록을 바꿨습니다.</translation>
    </message>
    <message>
        <source>The list “%1” is saved.</source>
        <translation>“%1” 목록을 저장했습니다.</translation>
    </message>
    <message>
        <source>The list “%1” is deleted.</source>
        <extracomment>The addresses typed stay: only the saved copy goes</extracomment>
        <translation>“%1” 목록을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Load Addresses</source>
        <translation>주소 불러오기</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>텍스트 파일 (*.txt *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a list of addresses.</source>
        <translation>주소 목록이라고 보기에는 파일이 너무 큽니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) read from the file.</source>
        <translation>
            <numerusform>파일에서 주소 %n개를 읽었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::MeetingLegsModel</name>
    <message>
        <source>Dialled once the meeting&apos;s call runs.</source>
        <translation>회의 통화가 시작되면 발신합니다.</translation>
    </message>
    <message>
        <source>The call bridge is asked to dial %1.</source>
        <translation>콜 브리지에 발신을 요청했습니다: %1</translation>
    </message>
    <message>
        <source>Hung up again: the run was undone.</source>
        <translation>다시 끊었습니다. 실행을 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Not dialled: the run stopped before.</source>
        <translation>발신하지 않음: 그 전에 실행이 중단되었습니다.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>발신 중</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>벨 울림</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>보류 중</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>발신 안 함</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>끊음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>State</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
</context>
<context>
    <name>views::MeetingsPane</name>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Meetings actions</source>
        <translation>회의 작업</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>풀(&amp;O):</translation>
    </message>
    <message>
        <source>Placeholder pool</source>
        <translation>자리 표시 스페이스 풀</translation>
    </message>
    <message>
        <source>The cluster&apos;s placeholder pools, each by its name pattern and size; the table shows the chosen one&apos;s placeholders</source>
        <translation>클러스터의 자리 표시 스페이스 풀(이름 패턴과 크기로 표시). 표에는 선택한 풀의 자리 표시 스페이스가 표시됩니다</translation>
    </message>
    <message>
        <source>Summary of the pool</source>
        <translation>풀 요약</translation>
    </message>
    <message>
        <source>Reading the pool</source>
        <translation>풀을 읽는 중</translation>
    </message>
    <message>
        <source>Call bridges not read</source>
        <translation>읽지 못한 콜 브리지</translation>
    </message>
    <message>
        <source>Reading failed</source>
        <translation>읽기 실패</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>자리 표시 스페이스</translation>
    </message>
    <message>
        <source>Each placeholder of the chosen pool: its space, its state (free, in a meeting or inconsistent), the meeting&apos;s participants and call bridge, and its problems</source>
        <translation>선택한 풀의 각 자리 표시 스페이스: 스페이스, 상태(사용 가능, 회의 중 또는 불일치), 회의의 참가자와 콜 브리지, 문제</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>세부 정보(&amp;D):</translation>
    </message>
    <message>
        <source>Details of the chosen placeholder</source>
        <translation>선택한 자리 표시 스페이스의 세부 정보</translation>
    </message>
    <message>
        <source>The chosen placeholder&apos;s state, and why it is inconsistent when it is</source>
        <translation>선택한 자리 표시 스페이스의 상태와, 불일치하는 경우 그 이유</translation>
    </message>
    <message>
        <source>Choose a placeholder to see its state.</source>
        <translation>상태를 보려면 자리 표시 스페이스를 선택하십시오.</translation>
    </message>
    <message>
        <source>&amp;New Pool…</source>
        <translation>새 풀(&amp;N)…</translation>
    </message>
    <message>
        <source>Create placeholder spaces in bulk, for a scheduler (%1)</source>
        <translation>스케줄러용 자리 표시 스페이스를 일괄 생성(%1)</translation>
    </message>
    <message>
        <source>&amp;Grow Pool…</source>
        <translation>풀 확장(&amp;G)…</translation>
    </message>
    <message>
        <source>Add placeholders after the chosen pool&apos;s last one</source>
        <translation>선택한 풀의 마지막 자리 표시 스페이스 다음에 추가</translation>
    </message>
    <message>
        <source>Re&amp;move Pool…</source>
        <translation>풀 제거(&amp;M)…</translation>
    </message>
    <message>
        <source>Delete every placeholder of the chosen pool</source>
        <translation>선택한 풀의 모든 자리 표시 스페이스 삭제</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start Meeting…</source>
        <translation>회의 시작(&amp;S)…</translation>
    </message>
    <message>
        <source>Start a meeting in the chosen free placeholder</source>
        <translation>선택한 사용 가능한 자리 표시 스페이스에서 회의 시작</translation>
    </message>
    <message>
        <source>E&amp;xtend Meeting…</source>
        <translation>회의 연장(&amp;X)…</translation>
    </message>
    <message>
        <source>Extend the meeting running in the chosen placeholder</source>
        <translation>선택한 자리 표시 스페이스에서 진행 중인 회의 연장</translation>
    </message>
    <message>
        <source>&amp;End Meeting…</source>
        <translation>회의 종료(&amp;E)…</translation>
    </message>
    <message>
        <source>End the meeting in the chosen placeholder and put the placeholder back</source>
        <translation>선택한 자리 표시 스페이스의 회의를 종료하고 자리 표시 스페이스를 복원</translation>
    </message>
    <message>
        <source>CMS Scheduler Set-&amp;up…</source>
        <extracomment>Opens the assistant that checks and prepares what the CMS 3.3+ scheduler needs</extracomment>
        <translation>CMS 스케줄러 설정(&amp;U)…</translation>
    </message>
    <message>
        <source>Check what the CMS scheduler needs, get the commands to run on the server&apos;s console, and see its temporary spaces</source>
        <translation>CMS 스케줄러에 필요한 항목을 확인하고, 서버 콘솔에서 실행할 명령을 받고, 임시 스페이스를 확인합니다</translation>
    </message>
    <message>
        <source>The pools could not be read: %1</source>
        <extracomment>%1: why the pools could not be read</extracomment>
        <translation>풀을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The placeholders could not be read: %1</source>
        <extracomment>%1: why the placeholders could not be read</extracomment>
        <translation>자리 표시 스페이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n placeholder(s))</source>
        <extracomment>A pool in the chooser: %1 its name pattern, %n its size</extracomment>
        <translation>
            <numerusform>%1(자리 표시 스페이스 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster is chosen.</source>
        <translation>선택한 클러스터가 없습니다.</translation>
    </message>
    <message>
        <source>Reading the pools…</source>
        <translation>풀을 읽는 중…</translation>
    </message>
    <message>
        <source>This cluster has no placeholder pool. New Pool… creates one.</source>
        <translation>이 클러스터에는 자리 표시 스페이스 풀이 없습니다. 새 풀…로 만드십시오.</translation>
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
            <numerusform>사용 가능 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a meeting</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>회의 중 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistent</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>불일치 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Placeholder %1: %2</source>
        <extracomment>%1: the placeholder&apos;s number, %2: its space&apos;s name</extracomment>
        <translation>자리 표시 스페이스 %1: %2</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message numerus="yes">
        <source>A meeting with %n participant(s) runs on %1.</source>
        <extracomment>%n participants, %1: the call bridge holding the meeting</extracomment>
        <translation>
            <numerusform>참가자 %n명이 있는 회의가 %1에서 진행 중입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it is inconsistent:</source>
        <translation>불일치 이유:</translation>
    </message>
</context>
<context>
    <name>views::MeetingsSection</name>
    <message>
        <source>Meetings</source>
        <extracomment>The section of placeholder pools and scheduled meetings</extracomment>
        <translation>회의</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <extracomment>View menu: show the Meetings section; also the title of the Meetings menu</extracomment>
        <translation>회의(&amp;M)</translation>
    </message>
</context>
<context>
    <name>views::MemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>멤버 추가</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>멤버 편집</translation>
    </message>
    <message>
        <source>Type part of a name or address…</source>
        <translation>이름 또는 주소의 일부 입력…</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <extracomment>The member&apos;s own permissions in the space, as check boxes.</extracomment>
        <translation>권한:</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <extracomment>No call leg profile of the member&apos;s own: the one of the space (or above) applies.</extracomment>
        <translation>(상속됨)</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>클러스터가 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>This user is already a member of the space.</source>
        <translation>이 사용자는 이미 스페이스의 멤버입니다.</translation>
    </message>
    <message>
        <source>No user has this address.</source>
        <translation>이 주소를 가진 사용자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>views::MembersEditor</name>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Add a user to the space&apos;s members</source>
        <translation>스페이스 멤버에 사용자를 추가합니다</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s permissions and call leg profile</source>
        <translation>선택한 멤버의 권한과 콜 레그 프로필을 변경합니다</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>제거…</translation>
    </message>
    <message>
        <source>Remove the selected member from the space</source>
        <translation>선택한 멤버를 스페이스에서 제거합니다</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>멤버를 읽는 중…</translation>
    </message>
    <message>
        <source>Added %1 to the space&apos;s members.</source>
        <translation>%1 사용자를 스페이스 멤버로 추가했습니다.</translation>
    </message>
    <message>
        <source>Changed the membership of %1.</source>
        <translation>%1의 멤버 설정을 변경했습니다.</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>멤버 제거</translation>
    </message>
    <message>
        <source>Remove %1 from the space&apos;s members?</source>
        <translation>%1 사용자를 스페이스 멤버에서 제거하시겠습니까?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 사용자를 제거하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Removed %1 from the space&apos;s members.</source>
        <translation>%1 사용자를 스페이스 멤버에서 제거했습니다.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
</context>
<context>
    <name>views::NewObjectDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>views::NewPoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” was created: %n placeholder(s), each checked on the cluster.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>“%1” 풀을 만들었습니다. 자리 표시 스페이스 %n개를 각각 클러스터에서 확인했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Placeholder Pool</source>
        <translation>새 자리 표시 스페이스 풀</translation>
    </message>
    <message>
        <source>A scheduler starts its meetings in placeholder spaces made in bulk; non-members may not join a free placeholder. Each pattern holds this token once, which becomes the placeholder&apos;s number:</source>
        <translation>스케줄러는 일괄로 만든 자리 표시 스페이스에서 회의를 시작하며, 비회원은 사용 가능한 자리 표시 스페이스에 참가할 수 없습니다. 각 패턴에는 다음 토큰이 한 번 들어 있으며, 이 토큰이 자리 표시 스페이스의 번호가 됩니다:</translation>
    </message>
    <message>
        <source>N&amp;ame pattern:</source>
        <translation>이름 패턴(&amp;A):</translation>
    </message>
    <message>
        <source>Name pattern</source>
        <translation>이름 패턴</translation>
    </message>
    <message>
        <source>&amp;URI pattern:</source>
        <translation>URI 패턴(&amp;U):</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <translation>URI 패턴</translation>
    </message>
    <message>
        <source>Call &amp;ID pattern:</source>
        <translation>통화 ID 패턴(&amp;I):</translation>
    </message>
    <message>
        <source>optional, digits around $index$</source>
        <extracomment>Placeholder text of the optional call ID pattern</extracomment>
        <translation>선택 사항, $index$ 앞뒤에 숫자</translation>
    </message>
    <message>
        <source>Call ID pattern</source>
        <translation>통화 ID 패턴</translation>
    </message>
    <message>
        <source>Num&amp;ber of placeholders:</source>
        <translation>자리 표시 스페이스 수(&amp;B):</translation>
    </message>
    <message>
        <source>Number of placeholders</source>
        <translation>자리 표시 스페이스 수</translation>
    </message>
    <message>
        <source>&amp;First index:</source>
        <translation>첫 인덱스(&amp;F):</translation>
    </message>
    <message>
        <source>First index</source>
        <translation>첫 인덱스</translation>
    </message>
    <message>
        <source>Call &amp;profile:</source>
        <translation>통화 프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>통화 프로필</translation>
    </message>
    <message>
        <source>The call profile every placeholder uses; none: the cluster&apos;s own</source>
        <translation>모든 자리 표시 스페이스가 사용하는 통화 프로필. 없음: 클러스터의 프로필</translation>
    </message>
    <message>
        <source>Call &amp;leg profile:</source>
        <translation>통화 레그 프로필(&amp;L):</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>통화 레그 프로필</translation>
    </message>
    <message>
        <source>The call leg profile every placeholder uses; none: the cluster&apos;s own</source>
        <translation>모든 자리 표시 스페이스가 사용하는 통화 레그 프로필. 없음: 클러스터의 프로필</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Choice of no profile: the placeholders use the cluster&apos;s own</extracomment>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>First placeholder:</source>
        <translation>첫 자리 표시 스페이스:</translation>
    </message>
    <message>
        <source>First placeholder</source>
        <translation>첫 자리 표시 스페이스</translation>
    </message>
    <message>
        <source>Last placeholder:</source>
        <translation>마지막 자리 표시 스페이스:</translation>
    </message>
    <message>
        <source>Last placeholder</source>
        <translation>마지막 자리 표시 스페이스</translation>
    </message>
    <message>
        <source>Name %1, URI %2</source>
        <extracomment>The preview of one placeholder: %1 its name, %2 its URI</extracomment>
        <translation>이름 %1, URI %2</translation>
    </message>
    <message>
        <source>Name %1, URI %2, call ID %3</source>
        <extracomment>The preview of one placeholder: %1 its name, %2 its URI, %3 its call ID</extracomment>
        <translation>이름 %1, URI %2, 통화 ID %3</translation>
    </message>
</context>
<context>
    <name>views::PoolOperationDialog</name>
    <message>
        <source>Done: every step was carried out and checked.</source>
        <translation>완료: 모든 단계를 수행하고 확인했습니다.</translation>
    </message>
    <message>
        <source>The &amp;steps, in order:</source>
        <translation>순서대로 수행할 단계(&amp;S):</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>계획된 단계</translation>
    </message>
    <message>
        <source>The API steps the operation carries out, in order; the step under way is the current one</source>
        <translation>작업이 수행하는 API 단계(순서대로). 진행 중인 단계가 현재 항목입니다</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>완료된 단계</translation>
    </message>
    <message>
        <source>Status of the bulk sync</source>
        <translation>일괄 동기화 상태</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Reading what the plan needs from the cluster…</source>
        <translation>계획에 필요한 정보를 클러스터에서 읽는 중…</translation>
    </message>
    <message>
        <source>Nothing has been changed yet: Run carries out these steps.</source>
        <translation>아직 아무것도 변경되지 않았습니다. 실행을 누르면 이 단계를 수행합니다.</translation>
    </message>
    <message>
        <source>Stopping after the step under way, then undoing what was done…</source>
        <translation>진행 중인 단계 후에 중지하고 수행한 작업을 되돌리는 중…</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <extracomment>%1: why the operation cannot be carried out</extracomment>
        <translation>거부되었으며 아무것도 변경되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Every step done before it was undone: the cluster is as it was.</source>
        <extracomment>%1: step number, %2: what went wrong</extracomment>
        <translation>%1단계가 실패했습니다: %2
그 전에 수행한 모든 단계를 되돌렸습니다. 클러스터는 이전 상태 그대로입니다.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
These steps could not be undone, and are left as they are:
%3</source>
        <extracomment>%1: step number, %2: what went wrong, %3: the undos that failed, one per line</extracomment>
        <translation>%1단계가 실패했습니다: %2
다음 단계는 되돌릴 수 없어 그대로 남아 있습니다:
%3</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <extracomment>%1: why the operation stopped</extracomment>
        <translation>중지됨: %1</translation>
    </message>
    <message>
        <source>Stopped: %1
Left as they are:
%2</source>
        <extracomment>%1: why the operation stopped, %2: what was left changed, one per line</extracomment>
        <translation>중지됨: %1
그대로 남은 항목:
%2</translation>
    </message>
</context>
<context>
    <name>views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>The console changes language at once, without restarting.</source>
        <translation>콘솔을 다시 시작하지 않아도 언어가 즉시 변경됩니다.</translation>
    </message>
</context>
<context>
    <name>views::ProfileCompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>%1 및 %2 비교</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Settings side by side</source>
        <translation>설정 나란히 보기</translation>
    </message>
    <message>
        <source>One row per setting with the value of each; the rows that differ are in bold</source>
        <translation>설정마다 한 줄에 각 값을 표시하며, 값이 다른 줄은 굵게 표시됩니다</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>Not set: the level above applies</source>
        <translation>설정 안 됨: 상위 수준의 값이 적용됩니다</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1(다름)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only the %Ln difference(s)</source>
        <translation>
            <numerusform>차이 %Ln개만 표시(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>global profile %1</source>
        <extracomment>Where an inherited value comes from (in &quot;inherited: Yes (global profile «Hosts»)&quot;).</extracomment>
        <translation>전역 프로필 %1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>서버 기본값</translation>
    </message>
    <message>
        <source>inherited: %1 (%2)</source>
        <extracomment>A setting the profile leaves unset, and the value that applies: %1 the value, %2 where it comes from.</extracomment>
        <translation>상속됨: %1(%2)</translation>
    </message>
    <message>
        <source>Not set in this profile: the global profile %1 (/system/profiles) gives it</source>
        <translation>이 프로필에는 설정되지 않음: 전역 프로필 %1(/system/profiles)의 값이 적용됩니다</translation>
    </message>
    <message>
        <source>Not set in this profile nor in the global one: the server&apos;s default</source>
        <translation>이 프로필과 전역 프로필 모두 설정되지 않음: 서버 기본값</translation>
    </message>
    <message>
        <source>Not set in this profile nor in the global one: the server decides</source>
        <translation>이 프로필과 전역 프로필 모두 설정되지 않음: 서버가 결정합니다</translation>
    </message>
    <message>
        <source>A setting a profile leaves unset takes the value of the global profile %1 (/system/profiles), else the server&apos;s default: those values are in italics and count in the comparison.</source>
        <translation>프로필에서 설정하지 않은 항목은 전역 프로필 %1(/system/profiles)의 값을, 없으면 서버 기본값을 따릅니다. 이 값은 기울임꼴로 표시되며 비교에 포함됩니다.</translation>
    </message>
    <message>
        <source>No global profile is set (/system/profiles): a setting a profile leaves unset takes the server&apos;s default, shown in italics where it is known.</source>
        <translation>전역 프로필이 설정되지 않았습니다(/system/profiles). 프로필에서 설정하지 않은 항목은 서버 기본값을 따르며, 알려진 경우 기울임꼴로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>views::ProfileRepointDialog</name>
    <message>
        <source>Re-point and Delete</source>
        <translation>다시 지정 후 삭제</translation>
    </message>
    <message>
        <source>None: the level above applies</source>
        <translation>없음: 상위 수준 설정 적용</translation>
    </message>
    <message>
        <source>Replacement profile</source>
        <translation>대체 프로필</translation>
    </message>
    <message>
        <source>The profile every reference to «%1» will use instead</source>
        <translation>프로필 «%1» 대신 모든 참조가 사용할 프로필</translation>
    </message>
    <message>
        <source>The console sends these steps in order. If one fails, every change already made is put back and «%1» is kept.</source>
        <translation>콘솔이 이 단계를 순서대로 보냅니다. 하나라도 실패하면 이미 적용한 변경을 모두 되돌리고 «%1» 프로필은 유지합니다.</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>계획된 단계</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Re-point and &amp;Delete</source>
        <translation>다시 지정 후 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Re-point every reference to «%1» to:</source>
        <translation>«%1»에 대한 모든 참조를 다음으로 변경:</translation>
    </message>
    <message>
        <source>Finding where «%1» is used…</source>
        <translation>«%1»의 사용 위치를 찾는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n단계.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot re-point: %1</source>
        <translation>다시 지정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>«%1» is neither re-pointed nor deleted: the console cannot see every place that may use it (listed above).</source>
        <translation>«%1»의 참조를 바꾸지도, 삭제하지도 않았습니다. 콘솔이 이 프로필을 사용할 수 있는 모든 위치를 확인할 수 없습니다(위 목록 참고).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Done: the references were re-pointed and «%1» is deleted.</source>
        <translation>완료: 참조를 다시 지정하고 «%1» 프로필을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Every change made was put back; «%3» is kept.</source>
        <translation>%1단계 실패: %2
적용한 변경을 모두 되돌렸으며 «%3» 프로필은 유지됩니다.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Some changes could not be put back:
%3</source>
        <translation>%1단계 실패: %2
일부 변경을 되돌리지 못했습니다:
%3</translation>
    </message>
    <message>
        <source>Stopping at the next step; what was done is put back…</source>
        <translation>다음 단계에서 멈추고 적용한 변경을 되돌리는 중…</translation>
    </message>
</context>
<context>
    <name>views::ProfileUsageView</name>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>확인 방법</translation>
    </message>
    <message>
        <source>Where the profile is used</source>
        <translation>프로필 사용 위치</translation>
    </message>
    <message>
        <source>Looking for where the profile is used…</source>
        <translation>프로필 사용 위치를 찾는 중…</translation>
    </message>
    <message>
        <source>Where the profile is used could not be found: %1</source>
        <translation>프로필 사용 위치를 찾지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The global profiles (/system/profiles)</source>
        <translation>전역 프로필(/system/profiles)</translation>
    </message>
    <message>
        <source>Not in the global profiles</source>
        <translation>전역 프로필에는 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>테넌트 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>스페이스 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Some access methods</source>
        <translation>일부 액세스 방법</translation>
    </message>
    <message>
        <source>No access method</source>
        <translation>액세스 방법 없음</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>액세스 방법</translation>
    </message>
    <message>
        <source>Some members</source>
        <translation>일부 멤버</translation>
    </message>
    <message>
        <source>No member</source>
        <translation>멤버 없음</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space template(s)</source>
        <translation>
            <numerusform>스페이스 템플릿 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access method template(s)</source>
        <translation>
            <numerusform>액세스 방법 템플릿 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>It is used nowhere the console can see.</source>
        <translation>콘솔이 확인할 수 있는 범위에서는 사용되지 않습니다.</translation>
    </message>
    <message>
        <source>It is used by: %1.</source>
        <translation>사용하는 곳: %1.</translation>
    </message>
    <message>
        <source>Every one is listed</source>
        <translation>모두 나열됨</translation>
    </message>
    <message>
        <source>The server says whether any does, not which</source>
        <translation>서버는 사용 여부만 알려 주며 어느 것인지는 알려 주지 않습니다</translation>
    </message>
    <message>
        <source>Not checked: the API cannot tell for this kind of profile</source>
        <translation>확인하지 않음: API로는 이 유형의 프로필을 확인할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Among the %Ln space(s) read in detail, of %1</source>
        <translation>
            <numerusform>자세히 읽은 스페이스 %Ln개 기준(전체 %1개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each level that can refer to the profile, with how many use it and which; Enter on an entry opens it where it is edited</source>
        <translation>프로필을 참조할 수 있는 각 수준과 이를 사용하는 개수 및 대상입니다. 항목에서 Enter 키를 누르면 편집할 수 있는 곳에서 열립니다</translation>
    </message>
</context>
<context>
    <name>views::ProfilesPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>Call leg profiles</source>
        <translation>통화 구간 프로필</translation>
    </message>
    <message>
        <source>Call profiles</source>
        <translation>통화 프로필</translation>
    </message>
    <message>
        <source>Dial-in security profiles</source>
        <translation>전화 접속 보안 프로필</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>스페이스 템플릿</translation>
    </message>
    <message>
        <source>Kind of profile</source>
        <translation>프로필 종류</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>The profiles of the kind chosen above; choose one to see and edit its settings, or two to compare them</source>
        <translation>위에서 선택한 종류의 프로필입니다. 하나를 선택하면 설정을 보고 편집할 수 있고, 두 개를 선택하면 비교할 수 있습니다</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>설정(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation>사용 위치(&amp;W)</translation>
    </message>
    <message>
        <source>Name in the &amp;console:</source>
        <translation>콘솔에서 쓰는 이름(&amp;C):</translation>
    </message>
    <message>
        <source>The API gives call profiles no name: name it here</source>
        <translation>API에서는 통화 프로필에 이름이 없으므로 여기에서 이름을 지정하세요</translation>
    </message>
    <message>
        <source>Name in the console</source>
        <translation>콘솔에서 쓰는 이름</translation>
    </message>
    <message>
        <source>Kept in this console&apos;s settings for this cluster, and shown wherever the call profile appears</source>
        <translation>이 콘솔의 클러스터 설정에 저장되며, 통화 프로필이 나오는 모든 곳에 표시됩니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>Show the two selected side by side (%1)</source>
        <translation>선택한 두 항목을 나란히 표시(%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>This cluster runs a CMS version without them (they came with %1).</source>
        <translation>이 클러스터의 CMS 버전에는 없습니다(%1부터 제공).</translation>
    </message>
    <message>
        <source>Save the Profile</source>
        <translation>프로필 저장</translation>
    </message>
    <message>
        <source>Save the changes to «%1»?</source>
        <translation>«%1»의 변경 사항을 저장할까요?</translation>
    </message>
    <message>
        <source>Wait until the console knows where «%1» is used.</source>
        <translation>콘솔이 «%1»의 사용 위치를 확인할 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Profile in Use</source>
        <translation>사용 중인 프로필</translation>
    </message>
    <message>
        <source>«%1» is still in use and cannot be deleted.</source>
        <translation>«%1» 항목은 아직 사용 중이므로 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Point them to another profile first; the Where Used tab lists them.</source>
        <translation>먼저 이들이 다른 프로필을 가리키도록 바꾸세요. 사용 위치 탭에 목록이 있습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete «%1»?</source>
        <translation>«%1» 항목을 삭제할까요?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>삭제했습니다.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>새로 만들기: %1</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>만들었습니다.</translation>
    </message>
    <message>
        <source>Settings of the chosen profile</source>
        <translation>선택한 프로필의 설정</translation>
    </message>
    <message>
        <source>&amp;Access Methods</source>
        <extracomment>The tab of a space template&apos;s access method templates</extracomment>
        <translation>액세스 방법(&amp;A)</translation>
    </message>
    <message>
        <source>Ass&amp;igned Users</source>
        <translation>할당된 사용자(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Scheduler Ready Check…</source>
        <translation>스케줄러 준비 확인(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Global Profiles…</source>
        <translation>전역 프로필(&amp;G)…</translation>
    </message>
    <message>
        <source>Choose the profiles that apply to the whole cluster</source>
        <translation>클러스터 전체에 적용되는 프로필 선택</translation>
    </message>
    <message>
        <source>Whether a space template gives scheduled meetings a guest and a host access, and create what is missing</source>
        <translation>스페이스 템플릿이 예약된 회의에 게스트 및 호스트 액세스를 제공하는지 확인하고 누락된 항목을 만듭니다</translation>
    </message>
    <message>
        <source>Available once the cluster has said which CMS version it runs.</source>
        <translation>클러스터가 실행 중인 CMS 버전을 알려 주면 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The scheduler came with CMS 3.3; this cluster runs %1.</source>
        <translation>스케줄러는 CMS 3.3부터 제공됩니다. 이 클러스터의 버전은 %1입니다.</translation>
    </message>
    <message>
        <source>Re-point and &amp;Delete…</source>
        <translation>다시 지정 후 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>The global profiles could not be read, so the comparison leaves out what the profiles inherit: %1</source>
        <translation>전역 프로필을 읽을 수 없어 비교에 프로필이 상속하는 값이 포함되지 않습니다: %1</translation>
    </message>
</context>
<context>
    <name>views::ProfilesSection</name>
    <message>
        <source>Profiles</source>
        <extracomment>The section of call profiles, call leg profiles and space templates</extracomment>
        <translation>프로필</translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <extracomment>View menu: show the Profiles section; also the title of the Profiles menu</extracomment>
        <translation>프로필(&amp;R)</translation>
    </message>
</context>
<context>
    <name>views::RemovePoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” and its %n placeholder(s) were removed.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>“%1” 풀 및 자리 표시 스페이스 %n개가 제거되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Placeholder Pool</source>
        <translation>자리 표시 스페이스 풀 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove the pool “%1” and its %n placeholder(s)? Their spaces are deleted from the cluster; a scheduler that counts on them can no longer start meetings in them. It is refused while a placeholder holds a meeting.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>“%1” 풀 및 자리 표시 스페이스 %n개를 제거하시겠습니까? 해당 스페이스가 클러스터에서 삭제되며, 이를 사용하는 스케줄러는 더 이상 그 안에서 회의를 시작할 수 없습니다. 자리 표시 스페이스에서 회의가 진행 중이면 제거가 거부됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SchedulerAssistant</name>
    <message>
        <source>Scheduler Set-Up</source>
        <translation>스케줄러 설정</translation>
    </message>
    <message>
        <source>API R&amp;eadiness</source>
        <translation>API 준비 상태(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Server Console Commands</source>
        <translation>서버 콘솔 명령(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Temporary Spaces</source>
        <translation>임시 스페이스(&amp;T)</translation>
    </message>
    <message>
        <source>Scheduler set-up</source>
        <translation>스케줄러 설정</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
</context>
<context>
    <name>views::SchedulerCommandsPage</name>
    <message>
        <source>What the API cannot set is set on the server&apos;s own console (MMP), reached over SSH. Run the scheduler commands on the server that runs the scheduler: it must also run a call bridge. Run the web bridge command on each server that runs a web bridge. Upload the key, certificate and bundle files to each server by SFTP first.</source>
        <translation>API로 설정할 수 없는 항목은 SSH로 접속한 서버 자체 콘솔(MMP)에서 설정합니다. 스케줄러 명령은 스케줄러를 실행하는 서버에서 실행하세요. 이 서버는 콜 브리지도 실행해야 합니다. 웹 브리지 명령은 웹 브리지를 실행하는 각 서버에서 실행하세요. 먼저 키, 인증서, 번들 파일을 SFTP로 각 서버에 올리세요.</translation>
    </message>
    <message>
        <source>Scheduler HTTPS API</source>
        <translation>스케줄러 HTTPS API</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>인터페이스 %1</translation>
    </message>
    <message>
        <source>None: the HTTPS API stays off</source>
        <translation>없음: HTTPS API를 끈 상태로 둠</translation>
    </message>
    <message>
        <source>Listening interface</source>
        <translation>수신 대기 인터페이스</translation>
    </message>
    <message>
        <source>Listening &amp;interface:</source>
        <translation>수신 대기 인터페이스(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>The port the scheduler&apos;s HTTPS API listens on, from 1 to 65535</source>
        <translation>스케줄러의 HTTPS API가 수신 대기하는 포트(1~65535)</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>키 파일(&amp;K):</translation>
    </message>
    <message>
        <source>The private key file on the server, for the HTTPS API</source>
        <translation>HTTPS API용 서버의 개인 키 파일</translation>
    </message>
    <message>
        <source>&amp;Full-chain certificate file:</source>
        <translation>전체 체인 인증서 파일(&amp;F):</translation>
    </message>
    <message>
        <source>The certificate file on the server, with its whole chain, for the HTTPS API</source>
        <translation>HTTPS API용 서버의 인증서 파일(전체 체인 포함)</translation>
    </message>
    <message>
        <source>Connection to the web bridges (C2W)</source>
        <translation>웹 브리지 연결(C2W)</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>키 파일(&amp;Y):</translation>
    </message>
    <message>
        <source>The private key file the scheduler presents to the web bridges; empty: the HTTPS key file</source>
        <translation>스케줄러가 웹 브리지에 제시하는 개인 키 파일. 비워 두면 HTTPS 키 파일</translation>
    </message>
    <message>
        <source>Same as HTTPS</source>
        <translation>HTTPS와 같음</translation>
    </message>
    <message>
        <source>Full-chai&amp;n certificate file:</source>
        <translation>전체 체인 인증서 파일(&amp;N):</translation>
    </message>
    <message>
        <source>The certificate file the scheduler presents to the web bridges; empty: the HTTPS certificate file. The call bridge&apos;s certificate will do: the web bridges already trust it</source>
        <translation>스케줄러가 웹 브리지에 제시하는 인증서 파일. 비워 두면 HTTPS 인증서 파일. 콜 브리지 인증서를 써도 됩니다. 웹 브리지가 이미 신뢰합니다</translation>
    </message>
    <message>
        <source>&amp;Web bridges&apos; bundle:</source>
        <translation>웹 브리지 번들(&amp;W):</translation>
    </message>
    <message>
        <source>A file holding every web bridge&apos;s certificate: the scheduler trusts them</source>
        <translation>모든 웹 브리지 인증서가 든 파일. 스케줄러가 이를 신뢰합니다</translation>
    </message>
    <message>
        <source>Sc&amp;heduler bundle:</source>
        <translation>스케줄러 번들(&amp;H):</translation>
    </message>
    <message>
        <source>A file holding every scheduler&apos;s and call bridge&apos;s certificate, put on each web bridge: the web bridges trust them</source>
        <translation>모든 스케줄러와 콜 브리지 인증서가 든 파일로, 각 웹 브리지에 올립니다. 웹 브리지가 이를 신뢰합니다</translation>
    </message>
    <message>
        <source>E-mail server (optional)</source>
        <translation>이메일 서버(선택 사항)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>서버(&amp;V):</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s hostname or address; empty: the scheduler sends no e-mail</source>
        <translation>이메일 서버의 호스트 이름 또는 주소. 비워 두면 스케줄러가 이메일을 보내지 않음</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>포트(&amp;O):</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s port, from 1 to 65535</source>
        <translation>이메일 서버의 포트(1~65535)</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>SMTPS (encrypted from the start)</source>
        <translation>SMTPS(처음부터 암호화)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>프로토콜(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>The user name for the e-mail server; its password is typed on the server&apos;s console, at its own prompt, never here</source>
        <translation>이메일 서버용 사용자 이름. 암호는 여기가 아니라 서버 콘솔의 자체 프롬프트에서 입력합니다</translation>
    </message>
    <message>
        <source>Si&amp;gn in to the e-mail server</source>
        <translation>이메일 서버에 로그인(&amp;G)</translation>
    </message>
    <message>
        <source>Upgra&amp;de to TLS with STARTTLS</source>
        <translation>STARTTLS로 TLS 전환(&amp;D)</translation>
    </message>
    <message>
        <source>Trust &amp;bundle:</source>
        <translation>신뢰 번들(&amp;B):</translation>
    </message>
    <message>
        <source>A file of certificates the scheduler trusts for the e-mail server; empty: none</source>
        <translation>스케줄러가 이메일 서버에 대해 신뢰하는 인증서 파일. 비워 두면 없음</translation>
    </message>
    <message>
        <source>No password here: the server asks for the e-mail password on its own console.</source>
        <translation>여기에는 암호가 없습니다. 이메일 암호는 서버가 자체 콘솔에서 묻습니다.</translation>
    </message>
    <message>
        <source>Values for the commands</source>
        <translation>명령에 넣을 값</translation>
    </message>
    <message>
        <source>Co&amp;mmands, in the order to run them:</source>
        <translation>실행 순서대로 나열한 명령(&amp;M):</translation>
    </message>
    <message>
        <source>Server console commands</source>
        <translation>서버 콘솔 명령</translation>
    </message>
    <message>
        <source>The commands to type on the servers&apos; consoles, each followed by what it does</source>
        <translation>서버 콘솔에 입력할 명령. 각 명령 뒤에 하는 일을 설명합니다</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>명령 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Puts the commands on the clipboard, one a line, without their explanations</source>
        <translation>명령을 한 줄에 하나씩 설명 없이 클립보드에 넣습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) missing or wrong: the commands show what is still needed.</source>
        <translation>
            <numerusform>누락되었거나 잘못된 값 %n개: 명령에 아직 필요한 항목이 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the server that runs the scheduler:</source>
        <translation>스케줄러를 실행하는 서버에서:</translation>
    </message>
    <message>
        <source>On each web bridge:</source>
        <translation>각 웹 브리지에서:</translation>
    </message>
    <message>
        <source>Back on the server that runs the scheduler:</source>
        <translation>다시 스케줄러를 실행하는 서버에서:</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) copied.</source>
        <translation>
            <numerusform>명령 %n개를 복사했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SchedulerReadinessPanel</name>
    <message>
        <source>A meeting booked in the web app (CMS scheduler, 3.3 and later) takes its space from a space template: guests join through one access method template and wait in the lobby, hosts through another and start the meeting.</source>
        <translation>웹 앱에서 예약한 회의(CMS 스케줄러, 3.3 이상)는 스페이스 템플릿으로 스페이스를 만듭니다. 게스트는 한 액세스 방법 템플릿으로 참가해 대기실에서 기다리고, 호스트는 다른 템플릿으로 참가해 회의를 시작합니다.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>요구 사항</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>What the scheduler needs</source>
        <translation>스케줄러에 필요한 항목</translation>
    </message>
    <message>
        <source>One row per requirement: whether the cluster meets it, and why</source>
        <translation>요구 사항마다 한 행: 클러스터가 충족하는지와 그 이유</translation>
    </message>
    <message>
        <source>&amp;Nothing has been changed yet. To make the cluster ready, the console would:</source>
        <translation>아직 아무것도 변경하지 않았습니다. 클러스터를 준비하기 위해 콘솔이 할 작업(&amp;N):</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>예정된 변경</translation>
    </message>
    <message>
        <source>The API steps that would create what is missing, in order; nothing is sent until you choose Create</source>
        <translation>누락된 항목을 만들 API 단계(순서대로). 만들기를 선택하기 전에는 아무것도 보내지 않습니다</translation>
    </message>
    <message>
        <source>Progress of the changes</source>
        <translation>변경 진행률</translation>
    </message>
    <message>
        <source>Outcome of the changes</source>
        <translation>변경 결과</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>다시 확인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Create What Is Missing</source>
        <translation>누락된 항목 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Wait until the changes end: the dialog closes once nothing is half done.</source>
        <translation>변경이 끝날 때까지 기다리세요. 중간 상태인 작업이 없어야 대화 상자를 닫을 수 있습니다.</translation>
    </message>
    <message>
        <source>Reading the cluster&apos;s call leg profiles and space templates…</source>
        <translation>클러스터의 콜 레그 프로필과 스페이스 템플릿을 읽는 중…</translation>
    </message>
    <message>
        <source>The cluster could not be read: %1</source>
        <translation>클러스터를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>The cluster is ready for the scheduler.</source>
        <translation>클러스터가 스케줄러를 사용할 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>The cluster must run CMS 3.3 or later before the rest matters.</source>
        <translation>나머지 항목이 의미를 가지려면 먼저 클러스터가 CMS 3.3 이상을 실행해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not met.</source>
        <translation>
            <numerusform>충족되지 않은 요구 사항 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) created. The checklist below is read again.</source>
        <translation>
            <numerusform>완료: 개체 %n개를 만들었습니다. 아래 확인 목록을 다시 읽습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>아무것도 변경하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Step %1 failed: %2. The steps before it were undone: the cluster is as it was.</source>
        <translation>단계 %1 실패: %2. 이전 단계를 되돌렸으므로 클러스터는 원래 상태입니다.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2. Some changes could not be undone:
%3</source>
        <translation>단계 %1 실패: %2. 일부 변경을 되돌리지 못했습니다:
%3</translation>
    </message>
</context>
<context>
    <name>views::SchemaForm</name>
    <message>
        <source>Inherit</source>
        <extracomment>Yes/no setting left unset: the value of the level above (profile, tenant, global) applies.</extracomment>
        <translation>상속됨</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>(inherit)</source>
        <extracomment>Choice left unset: the value of the level above applies.</extracomment>
        <translation>(상속됨)</translation>
    </message>
    <message>
        <source>When not set, the server assumes yes.</source>
        <translation>설정하지 않으면 서버는 ‘예’로 간주합니다.</translation>
    </message>
    <message>
        <source>When not set, the server assumes no.</source>
        <translation>설정하지 않으면 서버는 ‘아니요’로 간주합니다.</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button beside a passcode or secret: shows or hides its characters.</extracomment>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Hide the characters</source>
        <translation>문자를 숨깁니다</translation>
    </message>
    <message>
        <source>Show the characters</source>
        <translation>문자를 표시합니다</translation>
    </message>
</context>
<context>
    <name>views::SecondsSpinBox</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <extracomment>A number of seconds in a spin box: &quot;5 seconds&quot;</extracomment>
        <translation>
            <numerusform>%Ln초</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SpaceCreateDialog</name>
    <message>
        <source>New Space</source>
        <translation>새 스페이스</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Button that creates the space described in the form.</extracomment>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Creating the space…</source>
        <translation>스페이스를 만드는 중…</translation>
    </message>
    <message>
        <source>The space was not created: %1</source>
        <translation>스페이스를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Fill in what the space needs; fields left empty take the cluster&apos;s settings.</source>
        <translation>스페이스에 필요한 항목을 입력하십시오. 비워 둔 필드에는 클러스터의 설정이 적용됩니다.</translation>
    </message>
    <message>
        <source>Space “%1” created.</source>
        <translation>“%1” 스페이스를 만들었습니다.</translation>
    </message>
    <message>
        <source>Fields of the new space</source>
        <translation>새 스페이스 필드</translation>
    </message>
</context>
<context>
    <name>views::SpaceDetailsView</name>
    <message>
        <source>General</source>
        <extracomment>Tab of a space&apos;s details: its own fields.</extracomment>
        <translation>일반</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>액세스 방법</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <extracomment>Tab of a space&apos;s details: the settings that really apply, and where each comes from.</extracomment>
        <translation>유효 설정</translation>
    </message>
</context>
<context>
    <name>views::SpaceEditor</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Send the fields you changed to the cluster</source>
        <translation>변경한 필드를 클러스터로 보냅니다</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Forget your changes and show what the cluster holds</source>
        <translation>변경 사항을 취소하고 클러스터에 저장된 내용을 표시합니다</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation>시크릿 재생성…</translation>
    </message>
    <message>
        <source>Give the space a new secret: join links that use the old one stop working</source>
        <translation>스페이스에 새 시크릿을 부여합니다. 이전 시크릿을 사용하는 참가 링크는 더 이상 작동하지 않습니다</translation>
    </message>
    <message>
        <source>Join details…</source>
        <translation>참가 정보…</translation>
    </message>
    <message>
        <source>Show what a guest needs to join this space, ready to copy</source>
        <translation>게스트가 이 스페이스에 참가하는 데 필요한 정보를 복사할 수 있게 표시합니다</translation>
    </message>
    <message>
        <source>How to join this space</source>
        <translation>이 스페이스에 참가하는 방법</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>암호 숨기기</translation>
    </message>
    <message>
        <source>Reveal passcode</source>
        <translation>암호 표시</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the join details, passcode included</source>
        <translation>암호를 포함하여 참가 정보를 복사합니다</translation>
    </message>
    <message>
        <source>Copy the join details without the passcode</source>
        <translation>암호를 제외하고 참가 정보를 복사합니다</translation>
    </message>
    <message>
        <source>No space selected.</source>
        <translation>선택한 스페이스가 없습니다.</translation>
    </message>
    <message>
        <source>The space could not be read: %1</source>
        <translation>스페이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>변경 사항을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The space was not deleted: %1</source>
        <translation>스페이스를 삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No new secret was made: %1</source>
        <translation>새 시크릿을 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장되었습니다.</translation>
    </message>
    <message>
        <source>The space has a new secret. Send the new join details to its users.</source>
        <translation>스페이스에 새 시크릿이 생성되었습니다. 새 참가 정보를 스페이스 사용자에게 보내십시오.</translation>
    </message>
    <message>
        <source>This space was generated automatically for a user (by directory synchronisation): it belongs to that user and goes when the user goes. It cannot be deleted here.</source>
        <translation>이 스페이스는 디렉터리 동기화를 통해 사용자용으로 자동 생성되었습니다. 해당 사용자에게 속하며 사용자가 삭제되면 함께 삭제됩니다. 여기에서는 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete this space with its access methods and members</source>
        <translation>이 스페이스를 액세스 방법 및 멤버와 함께 삭제합니다</translation>
    </message>
    <message>
        <source>Space “%1” changed: %2.</source>
        <extracomment>Activity log. %1: a space&apos;s name; %2: the fields changed, as a list (&quot;Name, URI and Passcode&quot;).</extracomment>
        <translation>“%1” 스페이스를 변경했습니다: %2.</translation>
    </message>
    <message>
        <source>Delete space</source>
        <translation>스페이스 삭제</translation>
    </message>
    <message>
        <source>Delete the space “%1”?</source>
        <translation>“%1” 스페이스를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Its access methods and members are deleted with it, and nobody can join it any more. This cannot be undone.</source>
        <translation>스페이스의 액세스 방법과 멤버도 함께 삭제되며 더 이상 아무도 참가할 수 없습니다. 이 작업은 실행 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Space “%1” deleted.</source>
        <translation>“%1” 스페이스를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>시크릿 재생성</translation>
    </message>
    <message>
        <source>Give this space a new secret?</source>
        <translation>이 스페이스에 새 시크릿을 부여하시겠습니까?</translation>
    </message>
    <message>
        <source>Web links to the space that carry the old secret stop working: guests will need the new join details.</source>
        <translation>이전 시크릿이 포함된 스페이스 웹 링크는 더 이상 작동하지 않습니다. 게스트에게 새 참가 정보를 알려야 합니다.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>재생성</translation>
    </message>
    <message>
        <source>Space “%1” has a new secret: its old join links no longer work.</source>
        <translation>스페이스 “%1”에 새 시크릿이 생성되었습니다. 이전 참가 링크는 더 이상 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>스페이스: %1</translation>
    </message>
    <message>
        <source>Video address: %1</source>
        <translation>비디오 주소: %1</translation>
    </message>
    <message>
        <source>Other video address: %1</source>
        <translation>기타 비디오 주소: %1</translation>
    </message>
    <message>
        <source>Call ID: %1</source>
        <translation>통화 ID: %1</translation>
    </message>
    <message>
        <source>Passcode: none</source>
        <translation>암호: 없음</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <extracomment>The passcode is hidden until the user reveals it.</extracomment>
        <translation>암호: %1</translation>
    </message>
    <message>
        <source>Fields of the space</source>
        <translation>스페이스 필드</translation>
    </message>
</context>
<context>
    <name>views::SpacesPane</name>
    <message>
        <source>No cluster selected.</source>
        <translation>선택한 클러스터가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1: 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Reading the spaces…</source>
        <translation>스페이스를 읽는 중…</translation>
    </message>
    <message>
        <source>%L1 of %L2 spaces</source>
        <extracomment>Loading progress. %L1: spaces read so far, %L2: all the spaces (&quot;12,400 of 100,000 spaces&quot;)</extracomment>
        <translation>스페이스 %L2개 중 %L1개</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>스페이스 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — loading cancelled, the list may be incomplete</source>
        <extracomment>%1: what is shown (e.g. &quot;1,200 spaces&quot;); the loading was cancelled</extracomment>
        <translation>%1 — 로드가 취소되어 목록이 불완전할 수 있습니다</translation>
    </message>
    <message>
        <source>%1 — loading failed: %2</source>
        <extracomment>%1: what is shown, %2: the error (a sentence)</extracomment>
        <translation>%1 — 로드 실패: %2</translation>
    </message>
    <message>
        <source>Export Spaces</source>
        <translation>스페이스 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일(*.csv)</translation>
    </message>
    <message>
        <source>spaces.csv</source>
        <extracomment>Default file name of an export of the spaces list</extracomment>
        <translation>spaces.csv</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1: file path, %2: why (from the system)</extracomment>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Delete spaces</source>
        <translation>스페이스 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln space(s)? Their access methods and members are deleted too.</source>
        <translation>
            <numerusform>스페이스 %Ln개를 삭제하시겠습니까? 해당 스페이스의 액세스 방법과 멤버도 함께 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Search by name, URI or call ID (%1)</source>
        <translation>이름, URI 또는 통화 ID로 검색(%1)</translation>
    </message>
    <message>
        <source>Finds the spaces whose name, URI, secondary URI or call ID contain every word typed</source>
        <translation>입력한 모든 단어가 이름, URI, 보조 URI 또는 통화 ID에 포함된 스페이스를 찾습니다</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Action: read the list of spaces again</extracomment>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Read the list of spaces again (%1)</source>
        <translation>스페이스 목록을 다시 읽습니다(%1)</translation>
    </message>
    <message>
        <source>&amp;New Space…</source>
        <extracomment>Action: create a space</extracomment>
        <translation>새 스페이스(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a space (%1)</source>
        <translation>스페이스를 만듭니다(%1)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the spaces shown, with the visible columns, as a CSV file</source>
        <translation>표시된 스페이스를 현재 보이는 열과 함께 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <extracomment>Menu of actions on many spaces at once</extracomment>
        <translation>일괄 작업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>선택 항목 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Set a &amp;Field…</source>
        <translation>필드 설정(&amp;F)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop reading the spaces; those read so far stay in the list</source>
        <translation>스페이스 읽기를 중지합니다. 지금까지 읽은 스페이스는 목록에 남습니다</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>Select a space to see its details.</source>
        <translation>세부 정보를 보려면 스페이스를 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 match(es)</source>
        <comment>search result</comment>
        <extracomment>%Ln: spaces matching the search; %1: all the spaces, as &quot;304 spaces&quot;</extracomment>
        <translation>
            <numerusform>%1 중 %Ln개 일치</numerusform>
        </translation>
    </message>
    <message>
        <source>Search spaces</source>
        <translation>스페이스 검색</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <source>Start &amp;Meeting…</source>
        <translation>회의 시작(&amp;M)…</translation>
    </message>
    <message>
        <source>Start the meeting of the current space, and follow it in the Live section (%1)</source>
        <translation>현재 스페이스의 회의를 시작하고 실시간 섹션에서 확인합니다(%1)</translation>
    </message>
    <message>
        <source>&amp;Guest and Host Access…</source>
        <extracomment>Action: give the selected spaces (or a new one) separate guest and host access</extracomment>
        <translation>게스트 및 호스트 접속(&amp;G)…</translation>
    </message>
    <message>
        <source>Set up separate guest and host access on the selected spaces, or on a new space when none is selected (%1)</source>
        <translation>선택한 스페이스(선택한 스페이스가 없으면 새 스페이스)에 게스트와 호스트 접속을 따로 설정합니다(%1)</translation>
    </message>
    <message>
        <source>Why Can&apos;t My Guests Get &amp;In?…</source>
        <translation>게스트가 들어오지 못하는 이유(&amp;I)…</translation>
    </message>
    <message>
        <source>Check the current space&apos;s guest and host access: the pattern it follows, each problem and its fix (%1)</source>
        <translation>현재 스페이스의 게스트 및 호스트 접속 확인: 따르는 패턴, 각 문제와 해결 방법(%1)</translation>
    </message>
</context>
<context>
    <name>views::SpacesSection</name>
    <message>
        <source>S&amp;paces</source>
        <extracomment>View menu: show the Spaces section; also the title of the Spaces menu</extracomment>
        <translation>스페이스(&amp;P)</translation>
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
        <translation>회의 시작</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>스페이스(&amp;S):</translation>
    </message>
    <message>
        <source>Type part of a space&apos;s name or URI</source>
        <translation>스페이스 이름이나 URI의 일부를 입력하세요</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>The space whose meeting starts; type part of its name or URI to find it</source>
        <translation>회의를 시작할 스페이스입니다. 이름이나 URI의 일부를 입력하여 찾으세요</translation>
    </message>
    <message>
        <source>Call &amp;bridge:</source>
        <translation>콜 브리지(&amp;B):</translation>
    </message>
    <message>
        <source>The least busy</source>
        <translation>가장 한가한 브리지</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>콜 브리지</translation>
    </message>
    <message>
        <source>The call bridge that hosts the meeting</source>
        <translation>회의를 호스팅하는 콜 브리지</translation>
    </message>
    <message>
        <source>New &amp;passcode:</source>
        <translation>새 암호(&amp;P):</translation>
    </message>
    <message>
        <source>Sets the space&apos;s passcode before the meeting starts; empty removes it</source>
        <translation>회의가 시작되기 전에 스페이스의 암호를 설정합니다. 비워 두면 암호가 삭제됩니다</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>새 암호</translation>
    </message>
    <message>
        <source>&amp;Non-members:</source>
        <translation>비회원(&amp;N):</translation>
    </message>
    <message>
        <source>As the space says</source>
        <translation>스페이스 설정대로</translation>
    </message>
    <message>
        <source>May join</source>
        <translation>참가 가능</translation>
    </message>
    <message>
        <source>May not join</source>
        <translation>참가 불가</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>비회원</translation>
    </message>
    <message>
        <source>Whether people who are not members of the space may join this meeting</source>
        <translation>스페이스 회원이 아닌 사람도 이 회의에 참가할 수 있는지 여부</translation>
    </message>
    <message>
        <source>The space keeps the passcode and access chosen here after the meeting. If the meeting cannot start, the space is put back as it was.</source>
        <translation>여기서 선택한 암호와 참가 설정은 회의가 끝난 뒤에도 스페이스에 남습니다. 회의를 시작할 수 없으면 스페이스가 원래대로 돌아갑니다.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
</context>
<context>
    <name>views::TemplateUsersEditor</name>
    <message>
        <source>&amp;Users this space template is assigned to (they can create spaces from it):</source>
        <translation>이 스페이스 템플릿이 할당된 사용자(이 템플릿으로 스페이스를 만들 수 있음)(&amp;U):</translation>
    </message>
    <message>
        <source>Users assigned this space template</source>
        <translation>이 스페이스 템플릿이 할당된 사용자</translation>
    </message>
    <message>
        <source>Assign t&amp;o user:</source>
        <translation>할당할 사용자(&amp;O):</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>User to assign the space template to</source>
        <translation>스페이스 템플릿을 할당할 사용자</translation>
    </message>
    <message>
        <source>The user&apos;s JID; type part of a name or JID to choose among the cluster&apos;s users</source>
        <translation>사용자의 JID입니다. 이름이나 JID의 일부를 입력하면 클러스터 사용자 중에서 선택할 수 있습니다</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>할당(&amp;G)</translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation>할당 해제(&amp;N)</translation>
    </message>
    <message>
        <source>Take the space template away from the chosen user</source>
        <translation>선택한 사용자에게서 스페이스 템플릿 할당 해제</translation>
    </message>
    <message>
        <source>Looking through the users: %1 of %2…</source>
        <extracomment>While the users&apos; space template assignments are read, one user at a time</extracomment>
        <translation>사용자 확인 중: %2명 중 %1명…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n user(s).</source>
        <translation>
            <numerusform>사용자 %n명에게 할당되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>할당하는 중…</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>할당하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Not assigned: the cluster has no user «%1».</source>
        <translation>할당하지 못했습니다. 클러스터에 «%1» 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>«%1» already has this space template.</source>
        <translation>«%1»에게 이미 이 스페이스 템플릿이 할당되어 있습니다.</translation>
    </message>
    <message>
        <source>Assigned to «%1».</source>
        <translation>«%1»에게 할당했습니다.</translation>
    </message>
    <message>
        <source>Not unassigned: %1</source>
        <translation>할당을 해제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Unassigned from «%1».</source>
        <translation>«%1»의 할당을 해제했습니다.</translation>
    </message>
</context>
<context>
    <name>views::TemporarySpacesPage</name>
    <message>
        <source>The scheduler makes a space for a meeting booked without one. The server deletes it in a job that runs every day at 01:15 GMT, once the meeting ended 24 hours or more before. Listed: the spaces a meeting scheduler made. Times are in your time zone, with GMT beside.</source>
        <translation>스케줄러는 스페이스 없이 예약된 회의에 스페이스를 만듭니다. 서버는 매일 GMT 01:15에 실행되는 작업에서, 회의가 끝난 지 24시간 이상 지난 스페이스를 삭제합니다. 목록: 회의 스케줄러가 만든 스페이스. 시간은 사용자 시간대로 표시하고 GMT 시간을 함께 표시합니다.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>삭제 시각</translation>
    </message>
    <message>
        <source>Temporary spaces</source>
        <translation>임시 스페이스</translation>
    </message>
    <message>
        <source>One row per space the scheduler made: its name, its URI, whether its meeting is running, and when the server deletes it</source>
        <translation>스케줄러가 만든 스페이스마다 한 행: 이름, URI, 회의 진행 여부, 서버가 삭제하는 시각</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Read the spaces and the calls again (F5)</source>
        <translation>스페이스와 통화를 다시 읽기(F5)</translation>
    </message>
    <message>
        <source>Reading the spaces… %1 of %2</source>
        <extracomment>%1 and %2: numbers of spaces</extracomment>
        <translation>스페이스 읽는 중… %2개 중 %1개</translation>
    </message>
    <message>
        <source>The spaces could not be read: %1</source>
        <translation>스페이스를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Reading the spaces and the calls…</source>
        <translation>스페이스와 통화를 읽는 중…</translation>
    </message>
    <message>
        <source>No space made by a meeting scheduler.</source>
        <translation>회의 스케줄러가 만든 스페이스가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary space(s).</source>
        <translation>
            <numerusform>임시 스페이스 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::TrustDialog</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>신뢰할 수 없는 인증서</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is not trusted by this computer.</source>
        <translation>이 컴퓨터는 콜 브리지 %1의 인증서를 신뢰하지 않습니다.</translation>
    </message>
    <message>
        <source>It may be a self-signed certificate, as call bridges often use, or someone may be intercepting the connection. Compare the fingerprint below with the one the call bridge&apos;s administrator gives you before you trust it.</source>
        <translation>콜 브리지에서 흔히 사용하는 자체 서명 인증서이거나, 누군가 연결을 가로채고 있을 수 있습니다. 인증서를 신뢰하기 전에 아래 지문을 콜 브리지 관리자가 알려 준 지문과 비교하십시오.</translation>
    </message>
    <message>
        <source>If you trust it, the console will accept this one certificate for this one call bridge only, recognised by its SHA-256 fingerprint. If the call bridge presents another certificate later, the console will refuse the connection.</source>
        <translation>신뢰하면 콘솔은 SHA-256 지문으로 식별되는 이 인증서 하나를 이 콜 브리지에 대해서만 허용합니다. 나중에 콜 브리지가 다른 인증서를 제시하면 콘솔은 연결을 거부합니다.</translation>
    </message>
    <message>
        <source>Trust this certificate for this bridge</source>
        <translation>이 브리지에 대해 이 인증서 신뢰</translation>
    </message>
    <message>
        <source>I have checked this certificate and its fingerprint with the call bridge&apos;s administrator</source>
        <translation>이 인증서와 지문을 콜 브리지 관리자와 확인했습니다</translation>
    </message>
    <message>
        <source>Trusting a certificate with this problem needs this box ticked first.</source>
        <translation>이 문제가 있는 인증서를 신뢰하려면 먼저 이 상자를 선택해야 합니다.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 has expired.</source>
        <translation>콜 브리지 %1의 인증서가 만료되었습니다.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is not valid yet.</source>
        <translation>콜 브리지 %1의 인증서는 아직 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is made out to another name.</source>
        <translation>콜 브리지 %1의 인증서는 다른 이름으로 발급되었습니다.</translation>
    </message>
    <message>
        <source>Trust it anyway for this bridge</source>
        <translation>이 브리지에 대해 그래도 신뢰</translation>
    </message>
</context>
</TS>
