<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CmsError</name>
    <message>
        <source>The call bridge could not be reached. Check the address and port, and that the server is running.</source>
        <translation>تعذّر الوصول إلى جسر المكالمات. تحقّق من العنوان والمنفذ، ومن أن الخادم قيد التشغيل.</translation>
    </message>
    <message>
        <source>A secure connection to the call bridge could not be set up (%1).</source>
        <translation>تعذّر إنشاء اتصال آمن بجسر المكالمات (%1).</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is not trusted by this computer. Check its fingerprint with the server&apos;s administrator before trusting it for this call bridge.</source>
        <translation>شهادة جسر المكالمات غير موثوق بها على هذا الكمبيوتر. تحقّق من بصمتها مع مسؤول الخادم قبل الوثوق بها لجسر المكالمات هذا.</translation>
    </message>
    <message>
        <source>The call bridge presented a different certificate from the one trusted for it. Someone may be intercepting the connection, or the certificate was replaced; the connection was refused.</source>
        <translation>قدّم جسر المكالمات شهادة تختلف عن الشهادة الموثوق بها له. ربما يعترض أحدهم الاتصال، أو ربما استُبدلت الشهادة؛ وقد رُفض الاتصال.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted by the call bridge.</source>
        <translation>لم يقبل جسر المكالمات اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>The call bridge answered with an unexpected status (HTTP %1).</source>
        <translation>ردّ جسر المكالمات بحالة غير متوقعة (HTTP %1).</translation>
    </message>
    <message>
        <source>The call bridge is busy and did not accept the request after several tries. Try again later.</source>
        <translation>جسر المكالمات مشغول ولم يقبل الطلب بعد عدة محاولات. أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The call bridge redirected the request elsewhere (HTTP %1); redirects are not followed. Check the address.</source>
        <translation>أعاد جسر المكالمات توجيه الطلب إلى مكان آخر (HTTP %1)؛ ولا تُتَّبع عمليات إعادة التوجيه. تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s reply could not be read.</source>
        <translation>تعذّرت قراءة ردّ جسر المكالمات.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s reply is larger than this console accepts.</source>
        <translation>ردّ جسر المكالمات أكبر من الحجم الذي تقبله وحدة التحكم هذه.</translation>
    </message>
    <message>
        <source>The call bridge did not answer in time.</source>
        <translation>لم يردّ جسر المكالمات في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a field, %2 the sentence saying what is wrong with its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The space does not exist (it may have been deleted).</source>
        <translation>المساحة غير موجودة (ربما حُذفت).</translation>
    </message>
    <message>
        <source>The access method does not exist (it may have been deleted).</source>
        <translation>طريقة الوصول غير موجودة (ربما حُذفت).</translation>
    </message>
    <message>
        <source>This user is not a member of the space.</source>
        <translation>هذا المستخدم ليس عضوًا في المساحة.</translation>
    </message>
    <message>
        <source>The call profile does not exist.</source>
        <translation>ملف تعريف المكالمة غير موجود.</translation>
    </message>
    <message>
        <source>The call leg profile does not exist.</source>
        <translation>ملف تعريف مقطع المكالمة غير موجود.</translation>
    </message>
    <message>
        <source>The space template does not exist.</source>
        <translation>قالب المساحة غير موجود.</translation>
    </message>
    <message>
        <source>The access method template does not exist.</source>
        <translation>قالب طريقة الوصول غير موجود.</translation>
    </message>
    <message>
        <source>The call does not exist: it may have ended.</source>
        <translation>المكالمة غير موجودة: ربما انتهت.</translation>
    </message>
    <message>
        <source>The call leg does not exist: the participant may have left.</source>
        <translation>مقطع المكالمة غير موجود: ربما غادر المشارك.</translation>
    </message>
    <message>
        <source>The participant is no longer in the call.</source>
        <translation>لم يعد المشارك في المكالمة.</translation>
    </message>
    <message>
        <source>The call bridge does not exist in this cluster.</source>
        <translation>جسر المكالمات غير موجود في هذه المجموعة العنقودية.</translation>
    </message>
    <message>
        <source>The call bridge group does not exist.</source>
        <translation>مجموعة جسور المكالمات غير موجودة.</translation>
    </message>
    <message>
        <source>The tenant does not exist.</source>
        <translation>المستأجر غير موجود.</translation>
    </message>
    <message>
        <source>No user has this JID.</source>
        <translation>لا يوجد مستخدم يحمل JID هذا.</translation>
    </message>
    <message>
        <source>The dial-in security profile does not exist.</source>
        <translation>ملف تعريف أمان الاتصال الوارد غير موجود.</translation>
    </message>
    <message>
        <source>Another space already uses this URI.</source>
        <translation>تستخدم مساحة أخرى عنوان URI هذا بالفعل.</translation>
    </message>
    <message>
        <source>Another space already uses this call ID.</source>
        <translation>تستخدم مساحة أخرى معرّف المكالمة هذا بالفعل.</translation>
    </message>
    <message>
        <source>This space already has a way in with the same URI and passcode; change one of them.</source>
        <translation>لدى هذه المساحة بالفعل طريقة دخول بعنوان URI ورمز المرور نفسيهما؛ غيّر أحدهما.</translation>
    </message>
    <message>
        <source>This space already has a way in with the same call ID and passcode; change one of them.</source>
        <translation>لدى هذه المساحة بالفعل طريقة دخول بمعرّف المكالمة ورمز المرور نفسيهما؛ غيّر أحدهما.</translation>
    </message>
    <message>
        <source>Another space already uses this secret.</source>
        <translation>تستخدم مساحة أخرى هذا السر بالفعل.</translation>
    </message>
    <message>
        <source>Another call bridge already has this name.</source>
        <translation>يحمل جسر مكالمات آخر هذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>The server does not allow this operation on this object.</source>
        <translation>لا يسمح الخادم بهذه العملية على هذا الكائن.</translation>
    </message>
    <message>
        <source>The meeting is full: its participant limit is reached.</source>
        <translation>الاجتماع ممتلئ: بلغ عدد المشاركين فيه الحد الأقصى.</translation>
    </message>
    <message>
        <source>The tenant&apos;s participant limit is reached.</source>
        <translation>بلغ عدد المشاركين لدى المستأجر الحد الأقصى.</translation>
    </message>
    <message>
        <source>This participant cannot be disconnected.</source>
        <translation>لا يمكن قطع اتصال هذا المشارك.</translation>
    </message>
    <message>
        <source>This participant cannot be changed.</source>
        <translation>لا يمكن تغيير هذا المشارك.</translation>
    </message>
    <message>
        <source>This call leg cannot be disconnected.</source>
        <translation>لا يمكن قطع اتصال مقطع المكالمة هذا.</translation>
    </message>
    <message>
        <source>The call bridge that should handle this is unavailable.</source>
        <translation>جسر المكالمات الذي ينبغي أن يعالج هذا الطلب غير متاح.</translation>
    </message>
    <message>
        <source>No call bridge of the group is available.</source>
        <translation>لا يتوفر أي جسر مكالمات في المجموعة.</translation>
    </message>
    <message>
        <source>The passcode is shorter than the dial-in security profile allows.</source>
        <translation>رمز المرور أقصر مما يسمح به ملف تعريف أمان الاتصال الوارد.</translation>
    </message>
    <message>
        <source>The server&apos;s database is not ready yet. Try again in a moment.</source>
        <translation>قاعدة بيانات الخادم ليست جاهزة بعد. أعد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The server does not know this kind of object; it may run an older CMS version.</source>
        <translation>لا يعرف الخادم هذا النوع من الكائنات؛ ربما يعمل بإصدار أقدم من CMS.</translation>
    </message>
    <message>
        <source>This participant cannot be moved to that meeting.</source>
        <translation>لا يمكن نقل هذا المشارك إلى ذلك الاجتماع.</translation>
    </message>
    <message>
        <source>The value of “%1” was not accepted.</source>
        <translation>لم تُقبل قيمة «%1».</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>المعلمة «%1» مطلوبة.</translation>
    </message>
    <message>
        <source>The value of “%1” is already in use.</source>
        <translation>قيمة «%1» مستخدمة بالفعل.</translation>
    </message>
    <message>
        <source>The parameter “%1” was not accepted (%2).</source>
        <translation>لم تُقبل المعلمة «%1» (%2).</translation>
    </message>
    <message>
        <source>The call bridge refused the request: %1.</source>
        <translation>رفض جسر المكالمات الطلب: %1.</translation>
    </message>
    <message>
        <source>The server answered with a web page, not the CMS API: a proxy or load balancer may be in the way (HTTP %1, %2).</source>
        <extracomment>%1 is an HTTP status such as 200, %2 the content type the server gave, such as text/html</extracomment>
        <translation>أجاب الخادم بصفحة ويب لا بواجهة CMS API: ربما يقف خادم وكيل أو موازن تحميل في الطريق (HTTP %1، %2).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>دون نوع محتوى</translation>
    </message>
    <message>
        <source>The server answered with %2, not the XML of the CMS API: a proxy or load balancer may be in the way (HTTP %1).</source>
        <extracomment>%1 is an HTTP status such as 200, %2 the content type the server gave, such as application/json</extracomment>
        <translation>أجاب الخادم بـ %2 لا بـ XML الخاص بواجهة CMS API: ربما يقف خادم وكيل أو موازن تحميل في الطريق (HTTP %1).</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate expired on %1. Ask the server&apos;s administrator to renew it; trusting an expired certificate is not advised.</source>
        <translation>انتهت صلاحية شهادة جسر المكالمات في %1. اطلب من مسؤول الخادم تجديدها؛ لا يُنصح بالوثوق بشهادة منتهية الصلاحية.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is valid only from %1. Check this computer&apos;s date and time, or ask the server&apos;s administrator.</source>
        <translation>شهادة جسر المكالمات صالحة بدءًا من %1 فقط. تحقق من تاريخ هذا الكمبيوتر ووقته، أو راجع مسؤول الخادم.</translation>
    </message>
    <message>
        <source>The call bridge&apos;s certificate is made out to %1, not to the address used. Check that the address reaches the right server, or use a name the certificate gives.</source>
        <translation>شهادة جسر المكالمات صادرة باسم %1 لا باسم العنوان المستخدَم. تحقق من أن العنوان يوصل إلى الخادم الصحيح، أو استخدم اسمًا تذكره الشهادة.</translation>
    </message>
    <message>
        <source>The call bridge may have carried out the change before the connection failed: reload and check before trying again.</source>
        <extracomment>Follows the sentence that says why a change failed</extracomment>
        <translation>ربما نفّذ جسر المكالمات التغيير قبل انقطاع الاتصال: أعد التحميل وتحقّق قبل المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ConfigStep</name>
    <message>
        <source>(unset)</source>
        <extracomment>a field sent empty: the server unsets it</extracomment>
        <translation>(غير معيّن)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message numerus="yes">
        <source>The demo cluster is running on this computer: %Ln simulated call bridge(s).</source>
        <translation>
            <numerusform>تعمل المجموعة العنقودية التجريبية على هذا الكمبيوتر: %Ln جسر مكالمات مُحاكى.</numerusform>
            <numerusform>تعمل المجموعة العنقودية التجريبية على هذا الكمبيوتر: جسر مكالمات مُحاكى واحد.</numerusform>
            <numerusform>تعمل المجموعة العنقودية التجريبية على هذا الكمبيوتر: جسرا مكالمات مُحاكيان.</numerusform>
            <numerusform>تعمل المجموعة العنقودية التجريبية على هذا الكمبيوتر: %Ln جسور مكالمات مُحاكاة.</numerusform>
            <numerusform>تعمل المجموعة العنقودية التجريبية على هذا الكمبيوتر: %Ln جسرًا مُحاكًى للمكالمات.</numerusform>
            <numerusform>تعمل المجموعة العنقودية التجريبية على هذا الكمبيوتر: %Ln جسر مكالمات مُحاكى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleCommandLine</name>
    <message>
        <source>Console for Cisco Meeting Server clusters.</source>
        <translation>وحدة تحكم لمجموعات Cisco Meeting Server العنقودية.</translation>
    </message>
    <message>
        <source>Start a simulated demo cluster inside the console and connect to it.</source>
        <translation>تشغيل مجموعة عنقودية تجريبية مُحاكاة داخل وحدة التحكم والاتصال بها.</translation>
    </message>
    <message>
        <source>Language of the console: en, fr, ko or ar.</source>
        <translation>لغة وحدة التحكم: en أو fr أو ko أو ar.</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>placeholder of the --lang option&apos;s value</extracomment>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Keep the settings in this INI file instead of the usual place.</source>
        <translation>حفظ الإعدادات في ملف INI هذا بدلاً من المكان المعتاد.</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>placeholder of the --settings option&apos;s value</extracomment>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Print the time to the first painted window, then quit.</source>
        <translation>طباعة الوقت المستغرق حتى رسم أول نافذة، ثم الخروج.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>وسيطة غير متوقعة: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en, fr, ko or ar.</source>
        <translation>لغة غير معروفة «%1»: استخدم en أو fr أو ko أو ar.</translation>
    </message>
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>The system keychain is not available, so the password cannot be read or saved. Make sure your desktop&apos;s keyring (secret service) is running and unlocked, then try again.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة، لذا لا يمكن قراءة كلمة المرور أو حفظها. تأكد من أن حلقة المفاتيح (Secret Service) في سطح المكتب قيد التشغيل وغير مقفلة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Unlock the keyring or allow CMS Console to use it, then try again.</source>
        <translation>رُفض الوصول إلى سلسلة مفاتيح النظام. افتح قفل حلقة المفاتيح أو اسمح لتطبيق CMS Console باستخدامها، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The password is too long to be kept in the system keychain (at most %1 bytes).</source>
        <translation>كلمة المرور أطول من أن تُحفظ في سلسلة مفاتيح النظام (%1 بايت كحد أقصى).</translation>
    </message>
    <message>
        <source>The password cannot be kept: the cluster name, the call bridge address or the user name is missing.</source>
        <translation>لا يمكن حفظ كلمة المرور: اسم المجموعة العنقودية أو عنوان جسر المكالمات أو اسم المستخدم مفقود.</translation>
    </message>
    <message>
        <source>The system keychain reported an unknown error.</source>
        <translation>أبلغت سلسلة مفاتيح النظام عن خطأ غير معروف.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>أبلغت سلسلة مفاتيح النظام عن خطأ: %1</translation>
    </message>
</context>
<context>
    <name>CtlCommandLine</name>
    <message>
        <source>A password is never taken from an argument (it would show in the process list and the shell history). Use --password-stdin, CMS_PASSWORD or cmsctl login.</source>
        <translation>لا تؤخذ كلمة المرور أبدًا من وسيطة (لأنها ستظهر في قائمة العمليات وفي سجل أوامر الصدفة). استخدم --password-stdin أو CMS_PASSWORD أو cmsctl login.</translation>
    </message>
    <message numerus="yes">
        <source>Give --pin once per --url, in the same order: %Ln pin(s) given for fewer addresses.</source>
        <translation>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت %Ln بصمة لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت بصمة واحدة لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت بصمتان لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت %Ln بصمات لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت %Ln بصمةً لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت %Ln بصمة لعدد أقل من العناوين.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint: give 64 hexadecimal digits, with or without colons.</source>
        <translation>«%1» ليست بصمة SHA-256: أدخل 64 رقمًا سداسيًا عشريًا، مع النقطتين الرأسيتين أو بدونهما.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds, at least 1.</source>
        <translation>يقبل --timeout عددًا صحيحًا من الثواني لا يقل عن 1.</translation>
    </message>
    <message>
        <source>--max takes a whole number, at least 1.</source>
        <translation>يقبل --max عددًا صحيحًا لا يقل عن 1.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>أمر غير معروف: «%1».</translation>
    </message>
    <message>
        <source>No call bridge address: give --url https://host[:port] or set CMS_URL.</source>
        <translation>لا يوجد عنوان لجسر المكالمات: حدّد --url https://host[:port] أو عيّن CMS_URL.</translation>
    </message>
    <message>
        <source>No API user: give --user or set CMS_USER.</source>
        <translation>لا يوجد مستخدم لواجهة API: حدّد --user أو عيّن CMS_USER.</translation>
    </message>
    <message>
        <source>“%1” is not a KEY=VALUE pair.</source>
        <translation>«%1» ليس زوجًا بالصيغة KEY=VALUE.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1”.</source>
        <translation>عدد الوسيطات غير صحيح للأمر «%1».</translation>
    </message>
    <message>
        <source>Nothing to create: give KEY=VALUE pairs.</source>
        <translation>لا يوجد ما يُنشأ: حدّد أزواجًا بالصيغة KEY=VALUE.</translation>
    </message>
    <message>
        <source>Nothing to change: give KEY=VALUE pairs.</source>
        <translation>لا يوجد ما يُغيَّر: حدّد أزواجًا بالصيغة KEY=VALUE.</translation>
    </message>
    <message>
        <source>move needs the target call: --to CALL.</source>
        <translation>يحتاج الأمر move إلى المكالمة الهدف: --to CALL.</translation>
    </message>
    <message>
        <source>--all goes with the participants command only.</source>
        <translation>لا يُستخدم --all إلا مع الأمر participants.</translation>
    </message>
    <message>
        <source>--passcode-timeout takes a whole number of seconds, at least 1.</source>
        <translation>يأخذ ‎--passcode-timeout عددًا صحيحًا من الثواني، 1 على الأقل.</translation>
    </message>
    <message>
        <source>guesthost takes apply or check, not “%1”.</source>
        <translation>يأخذ guesthost ‏apply أو check، لا «%1».</translation>
    </message>
    <message>
        <source>guesthost apply needs --pattern 1, 2, 3 or 4.</source>
        <translation>يتطلب guesthost apply الخيار ‎--pattern 1 أو 2 أو 3 أو 4.</translation>
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
        <translation>أوامر الاجتماعات (مجموعات المساحات المحجوزة والاجتماعات المجدولة):
  meeting pool create --name-pattern P --uri-pattern P [--call-id-pattern P] --count N [--first N]
                             [--call-profile ID] [--call-leg-profile ID] [--tenant ID] [--yes]
                             مساحات محجوزة تُنشأ بمزامنة مجمّعة واحدة (يحتوي كل نمط على $index$ مرة واحدة)
  meeting pool grow NAME-PATTERN --count N [--yes]   نطاق جديد بعد آخر فهرس في المجموعة
  meeting pool remove NAME-PATTERN [--yes]   كل المساحات المحجوزة في المجموعة، ثم مجموعات معلماتها
  meeting pool list [NAME-PATTERN] [--deep]   المجموعات؛ ومع مجموعة، كل مساحة محجوزة: متاحة، أو في
                             اجتماع (المشاركون، جسر المكالمات)، أو غير متسقة (والسبب)؛ يقرأ --deep كل مساحة
  meeting start SPACE --name TEXT [--passcode-stdin] [--dial URI]… [--dial-file FILE] [--bridge N] [--yes]
                             تعبئة المساحة، وسر جديد، وبدء مكالمتها (على ‎--url‎ رقم N) والاتصال بالعناوين
  meeting extend SPACE [--name TEXT] [--passcode-stdin] [--yes]   إعادة إرسال قيم الاجتماع
  meeting end SPACE [--placeholder-name TEXT] [--yes]   إعادة المساحة المحجوزة (سر جديد)، وإنهاء المكالمة
                             تعرض أوامر الاجتماعات الخطة ولا تغيّر شيئًا دون --yes. لا يكون رمز المرور
                             وسيطة أبدًا: يطلبه --passcode-stdin دون عرضه في الطرفية،
                             وإلا فيقرأ السطر التالي من stdin (بعد كلمة المرور مع --password-stdin).</translation>
    </message>
    <message>
        <source>meeting pool takes create, grow, remove or list, not “%1”.</source>
        <translation>يأخذ meeting pool القيمة create أو grow أو remove أو list، وليس «%1».</translation>
    </message>
    <message>
        <source>meeting pool create needs --count N.</source>
        <translation>يحتاج meeting pool create إلى ‎--count N‎.</translation>
    </message>
    <message>
        <source>meeting pool grow needs --count N.</source>
        <translation>يحتاج meeting pool grow إلى ‎--count N‎.</translation>
    </message>
    <message>
        <source>meeting takes pool, start, extend or end, not “%1”.</source>
        <translation>يأخذ meeting القيمة pool أو start أو extend أو end، وليس «%1».</translation>
    </message>
    <message>
        <source>meeting start needs the meeting&apos;s name: --name TEXT.</source>
        <translation>يحتاج meeting start إلى اسم الاجتماع: ‎--name نص‎.</translation>
    </message>
    <message>
        <source>meeting end takes no passcode: it removes the meeting&apos;s.</source>
        <translation>لا يأخذ meeting end رمز مرور: بل يزيل رمز مرور الاجتماع.</translation>
    </message>
    <message>
        <source>A PIN is never taken from an argument (it would show in the process list and the shell history). guesthost apply asks for the PINs at a terminal, or reads guest-pin=DIGITS and host-pin=DIGITS lines from stdin.</source>
        <translation>لا يُؤخذ رمز PIN من وسيطة أبدًا (إذ سيظهر في قائمة العمليات وسجل الصدفة). يطلب guesthost apply رموز PIN في الطرفية، أو يقرأ من stdin سطري guest-pin=أرقام و host-pin=أرقام.</translation>
    </message>
    <message>
        <source>A passcode is never taken from an argument (it would show in the process list and the shell history). Use --passcode-stdin.</source>
        <translation>لا يُؤخذ رمز المرور من وسيطة أبدًا (إذ سيظهر في قائمة العمليات وسجل الصدفة). استخدم ‎--passcode-stdin‎.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, at least %2.</source>
        <extracomment>%1: the option, %2: its smallest value</extracomment>
        <translation>يأخذ ‎--%1‎ عددًا صحيحًا لا يقل عن %2.</translation>
    </message>
    <message>
        <source>The list of addresses “%1” cannot be read: %2</source>
        <translation>تتعذر قراءة قائمة العناوين «%1»: %2</translation>
    </message>
    <message>
        <source>Passcode for the meeting: </source>
        <translation>رمز مرور الاجتماع: </translation>
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
        <translation>طريقة الاستخدام: cmsctl [--url https://host[:port]]… [--user USER] [--password-stdin] [--pin SHA256]… [--ca FILE] [--json] [--trace] [--timeout SECONDS] COMMAND …

الأوامر:
  login                      التحقق من كلمة المرور وتخزينها في سلسلة مفاتيح النظام
  status                     حالة جسر المكالمات (/system/status)
  bridges                    جسور المكالمات في المجموعة العنقودية، المكتشفة عبر /callBridges
  list TYPE [--filter TEXT] [--max N]   جميع كائنات مجموعة ما (كل الصفحات)
  get PATH                   كائن واحد، مثل coSpaces/ID
  create TYPE KEY=VALUE…     إنشاء كائن وطباعة معرّفه
  update TYPE ID KEY=VALUE…  تغيير الحقول المحددة فقط (KEY= يُلغي تعيين حقل)
  delete TYPE ID             حذف كائن
  calls                      جميع مكالمات المجموعة العنقودية، كل مكالمة في سطر مع جسر المكالمات الخاص بها
  participants CALL          المشاركون في مكالمة
  participants --all [--filter TEXT]   جميع المشاركين في المجموعة العنقودية مع جسر المكالمات الخاص بكل منهم؛ يُبقي --filter
                             على من يحتوي اسمه أو عنوانه أو مستخدمه على كل كلمات TEXT (بغض النظر عن حالة الأحرف وعلامات التشكيل)
  move PARTICIPANT… --to CALL  نقل مشاركين إلى مكالمة أخرى (مع التحقق قبل نقل كل منهم وبعده)
  dial CALL URI              إجراء اتصال صادر من مكالمة
  end CALL                   إنهاء مكالمة لجميع المشاركين
  mute PARTICIPANT [--video] [--off]   كتم صوت مشارك أو إيقاف الفيديو الخاص به (أو إعادة تشغيلهما)
  watch [--max N]            التغييرات المباشرة في جميع جسور المكالمات كأسطر JSON، حتى المقاطعة
  usage TYPE ID              أماكن استخدام ملف تعريف (TYPE: callLegProfiles أو callProfiles أو
                             dialInSecurityProfiles): العام، والمستأجرون، والمساحات، وطرق الوصول، والأعضاء، والقوالب
  guesthost apply SPACE --pattern N [options] [--yes]   فصل وصول الضيوف عن وصول المضيفين في مساحة:
                             يعرض الخطة؛ ويُنفّذها الخيار --yes (وتُلغى كلها إذا فشلت خطوة).
                             N: ‏1 عناوين URI مختلفة، 2 عنوان URI واحد ورمزا PIN، 3 عنوان URI واحد دون رمز PIN للضيوف،
                             4 المضيف عضو. SPACE هو معرّف مساحة، أو مع --create اسم مساحة جديدة.
                             الخيارات: --uri --call-id (للضيوف)، --host-uri --host-call-id،
                             --passcode-mode required|timeout --passcode-timeout ثوانٍ،
                             --host-jid مستخدم، --deactivation-mode deactivate|disconnect|remainActivated
                             لا تُؤخذ رموز PIN من الوسائط أبدًا: في الطرفية يطلبها cmsctl (مرتين، دون عرضها)،
                             وإلا فيقرأ stdin حتى نهايته، سطرًا لكل رمز: guest-pin=أرقام و host-pin=أرقام
                             (بعد سطر كلمة المرور مع --password-stdin). مرّر ‎&lt;/dev/null‎ إن لم يكن هناك رمز.
  guesthost check SPACE      النمط الذي تتبعه المساحة وما يمنع الضيوف أو المضيفين من الدخول،
                             مع إصلاح لكل مشكلة؛ ‎--pattern N‏: النمط الذي يُفترض أن تتبعه

TYPE هو اسم مجموعة كما في واجهة API (coSpaces و callLegProfiles…؛ بغض النظر عن حالة الأحرف)، أو اسم متداخل
مثل coSpaces/ID/accessMethods. تأتي كلمة المرور من سلسلة المفاتيح (بعد login)، أو من
--password-stdin أو من متغير البيئة CMS_PASSWORD؛ ولا تؤخذ أبدًا من وسيطة.
يمكن أيضًا أن تأتي قيمتا --url و --user من CMS_URL و CMS_USER. مع --json، تُكتب الأرقام و true/false
أرقامًا وقيمًا منطقية في JSON.
رموز الخروج: 0 تم التنفيذ، 1 رفض الخادم (move: لم يُنقل أحد المشاركين)، 2 خطأ في الاستخدام أو إدخال غير صالح، 3 مشكلة في الاتصال أو TLS أو المصادقة.</translation>
    </message>
    <message>
        <source>guesthost check takes --pattern 1, 2, 3 or 4, or no --pattern.</source>
        <translation>يقبل guesthost check الخيار ‎--pattern‏ بالقيمة 1 أو 2 أو 3 أو 4، أو دون ‎--pattern‏.</translation>
    </message>
</context>
<context>
    <name>CtlGuestHost</name>
    <message>
        <source>Step %1: %2</source>
        <extracomment>%1: step number, %2: the step</extracomment>
        <translation>الخطوة %1: %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>الخطة: %1</translation>
    </message>
    <message>
        <source>The space is already set up this way: nothing to change.</source>
        <translation>المساحة معدّة بهذه الطريقة بالفعل: لا شيء يتطلب التغيير.</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to carry out these steps.</source>
        <translation>لم يُغيَّر شيء: أعد التشغيل مع ‎--yes لتنفيذ هذه الخطوات.</translation>
    </message>
    <message>
        <source>Done: the space %1 is set up.</source>
        <translation>تم: أُعدّت المساحة %1.</translation>
    </message>
    <message>
        <source>none of the four patterns</source>
        <translation>لا شيء من الأنماط الأربعة</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>النمط: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <source>  Fix: %1</source>
        <translation>  الإصلاح: %1</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
</context>
<context>
    <name>CtlLiveCommands</name>
    <message>
        <source>Done.</source>
        <translation>تم التنفيذ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be moved.</source>
        <translation>
            <numerusform>تعذّر نقل %Ln مشارك من أصل %1.</numerusform>
            <numerusform>تعذّر نقل مشارك واحد من أصل %1.</numerusform>
            <numerusform>تعذّر نقل مشاركَين من أصل %1.</numerusform>
            <numerusform>تعذّر نقل %Ln مشاركين من أصل %1.</numerusform>
            <numerusform>تعذّر نقل %Ln مشاركًا من أصل %1.</numerusform>
            <numerusform>تعذّر نقل %Ln مشارك من أصل %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlMeeting</name>
    <message numerus="yes">
        <source>%1  %2  %Ln placeholder(s): %3</source>
        <extracomment>%1: name pattern, %2: URI pattern, %3: number of placeholders, %4: the index ranges</extracomment>
        <translation>
            <numerusform>%1  %2  لا توجد مساحات محجوزة: %3</numerusform>
            <numerusform>%1  %2  مساحة محجوزة واحدة: %3</numerusform>
            <numerusform>%1  %2  مساحتان محجوزتان: %3</numerusform>
            <numerusform>%1  %2  %Ln مساحات محجوزة: %3</numerusform>
            <numerusform>%1  %2  %Ln مساحة محجوزة: %3</numerusform>
            <numerusform>%1  %2  %Ln مساحة محجوزة: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No placeholder pool: the cluster has no bulk parameter set.</source>
        <translation>لا توجد مجموعة مساحات محجوزة: لا تحتوي المجموعة العنقودية على أي مجموعة معلمات مجمّعة.</translation>
    </message>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>لا توجد مجموعة بنمط الاسم «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) on %1</source>
        <translation>
            <numerusform>لا مشاركين على %1</numerusform>
            <numerusform>مشارك واحد على %1</numerusform>
            <numerusform>مشاركان على %1</numerusform>
            <numerusform>%n مشاركين على %1</numerusform>
            <numerusform>%n مشاركًا على %1</numerusform>
            <numerusform>%n مشارك على %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Free: %1, in a meeting: %2, inconsistent: %3.</source>
        <extracomment>%1 free, %2 in a meeting, %3 inconsistent placeholders</extracomment>
        <translation>متاحة: %1، في اجتماع: %2، غير متسقة: %3.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <extracomment>%1: step number, %2: the step</extracomment>
        <translation>الخطوة %1: %2</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>الخطة:</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to carry out these steps.</source>
        <translation>لم يتغير شيء: أعد التشغيل مع ‎--yes‎ لتنفيذ هذه الخطوات.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
</context>
<context>
    <name>CtlMoveBatch</name>
    <message>
        <source>%1: moved into the call %2, now participant %3.</source>
        <translation>%1: نُقل إلى المكالمة %2 (معرّف المشارك الجديد %3).</translation>
    </message>
    <message>
        <source>%1: not moved. %2</source>
        <translation>%1: لم يُنقل. %2</translation>
    </message>
</context>
<context>
    <name>CtlPinInput</name>
    <message>
        <source>Line %1 of stdin is not guest-pin=DIGITS or host-pin=DIGITS.</source>
        <extracomment>%1: a line number of the input; the line itself is not shown, it may hold a PIN</extracomment>
        <translation>السطر %1 من stdin ليس guest-pin=أرقام ولا host-pin=أرقام.</translation>
    </message>
    <message>
        <source>%1 is given twice on stdin.</source>
        <extracomment>%1: guest-pin or host-pin</extracomment>
        <translation>أُعطي %1 مرتين في stdin.</translation>
    </message>
    <message>
        <source>No PIN was typed: the input ended.</source>
        <translation>لم يُكتب أي رمز PIN: انتهى الإدخال.</translation>
    </message>
    <message>
        <source>Guest PIN: </source>
        <translation>رمز PIN للضيوف: </translation>
    </message>
    <message>
        <source>Guest PIN (Enter for none): </source>
        <translation>رمز PIN للضيوف (Enter إن لم يوجد): </translation>
    </message>
    <message>
        <source>Guest PIN again: </source>
        <translation>رمز PIN للضيوف مرة أخرى: </translation>
    </message>
    <message>
        <source>The two guest PINs typed differ.</source>
        <translation>رمزا PIN للضيوف المكتوبان مختلفان.</translation>
    </message>
    <message>
        <source>Host PIN: </source>
        <translation>رمز PIN للمضيفين: </translation>
    </message>
    <message>
        <source>Host PIN (Enter for none): </source>
        <translation>رمز PIN للمضيفين (Enter إن لم يوجد): </translation>
    </message>
    <message>
        <source>Host PIN again: </source>
        <translation>رمز PIN للمضيفين مرة أخرى: </translation>
    </message>
    <message>
        <source>The two host PINs typed differ.</source>
        <translation>رمزا PIN للمضيفين المكتوبان مختلفان.</translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>login needs the password on stdin (--password-stdin) or in CMS_PASSWORD.</source>
        <translation>يحتاج الأمر login إلى كلمة المرور عبر stdin (--password-stdin) أو في CMS_PASSWORD.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from “%1”.</source>
        <translation>تعذّرت قراءة أي شهادة PEM من «%1».</translation>
    </message>
    <message>
        <source>No password for %1 on %2: run cmsctl login first, or use --password-stdin or CMS_PASSWORD.</source>
        <translation>لا توجد كلمة مرور للمستخدم %1 على %2: شغّل cmsctl login أولاً، أو استخدم --password-stdin أو CMS_PASSWORD.</translation>
    </message>
    <message>
        <source>Password for %1 on %2 checked and stored in the keychain.</source>
        <translation>تم التحقق من كلمة مرور المستخدم %1 على %2 وتخزينها في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>“%1” is not a collection of the CMS API.</source>
        <translation>«%1» ليست مجموعة من مجموعات واجهة CMS API.</translation>
    </message>
    <message>
        <source>Objects of %1 cannot be created through the API.</source>
        <translation>لا يمكن إنشاء كائنات المجموعة %1 عبر واجهة API.</translation>
    </message>
    <message>
        <source>Objects of %1 cannot be changed through the API.</source>
        <translation>لا يمكن تغيير كائنات المجموعة %1 عبر واجهة API.</translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation>تم التحديث.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>usage works on callLegProfiles, callProfiles and dialInSecurityProfiles, not “%1”.</source>
        <translation>يعمل usage على callLegProfiles وcallProfiles وdialInSecurityProfiles، لا على «%1».</translation>
    </message>
</context>
<context>
    <name>CtlUsageReport</name>
    <message>
        <source>Global profiles (/system/profiles)</source>
        <translation>ملفات التعريف العامة (/system/profiles)</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>المستأجرون</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>المساحات</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>طرق الوصول</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>قوالب المساحات</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>قوالب طرق الوصول</translation>
    </message>
    <message>
        <source>%1 %2 is used:</source>
        <translation>يُستخدم %1 %2 في:</translation>
    </message>
    <message>
        <source>%1 %2 is used nowhere the console can see.</source>
        <translation>لا يُستخدم %1 %2 في أي مكان تستطيع وحدة التحكم رؤيته.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source> (among the %1 of %2 spaces read in detail)</source>
        <translation> (من بين %1 من أصل %2 مساحة قُرئت بالتفصيل)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> in space template %1</source>
        <translation> في قالب المساحة %1</translation>
    </message>
    <message>
        <source>  %1: some (the server does not say which)</source>
        <translation>  %1: بعضها (لا يحدد الخادم أيها)</translation>
    </message>
    <message>
        <source>  %1: none</source>
        <translation>  %1: لا شيء</translation>
    </message>
    <message>
        <source>  %1: not checked (the API cannot tell for this profile type)</source>
        <translation>  %1: لم يُتحقق منه (لا تتيح واجهة API معرفة ذلك لهذا النوع من ملفات التعريف)</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>تعذّر بدء المجموعة العنقودية التجريبية: %1</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>مجموعة عنقودية تجريبية</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 s</source>
        <comment>clock skew</comment>
        <extracomment>Clock difference in seconds, &quot;+1.2 s&quot;</extracomment>
        <translation>%1 ثانية</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration in milliseconds, &quot;120 ms&quot;</extracomment>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>uptime</comment>
        <extracomment>Uptime in days, short: &quot;3 d&quot;</extracomment>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>uptime</comment>
        <extracomment>Uptime in hours, short: &quot;4 h&quot;</extracomment>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>uptime</comment>
        <extracomment>Uptime in minutes, short: &quot;12 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>uptime: two units</comment>
        <extracomment>Two units of an uptime, the larger first: &quot;3 d 4 h&quot;
----------
Two units of an uptime, the larger first: &quot;5 h 12 min&quot;</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>uptime</comment>
        <extracomment>Uptime in seconds, short: &quot;42 s&quot;</extracomment>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
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
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Global</source>
        <extracomment>Where a setting comes from: the global profiles (/system/profiles).</extracomment>
        <translation>عام</translation>
    </message>
    <message>
        <source>Tenant</source>
        <extracomment>Where a setting comes from: the space&apos;s tenant.</extracomment>
        <translation>المستأجر</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Where a setting comes from: the space itself.</extracomment>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Access method</source>
        <extracomment>Where a setting comes from: the access method used to join.</extracomment>
        <translation>طريقة الوصول</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Where a setting comes from: the member&apos;s own call leg profile.</extracomment>
        <translation>العضو</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Enter the call bridge&apos;s address, for example cms1.example.com:445.</source>
        <translation>أدخل عنوان جسر المكالمات، مثل cms1.example.com:445.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>لا تُدعم إلا عناوين https://.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>«%1» ليس اسم مضيف أو عنوان IP صالحًا.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port: use a number from 1 to 65535.</source>
        <translation>«%1» ليس منفذًا صالحًا: استخدم رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Give the address only, without a path: the API path is added by the console.</source>
        <translation>أدخل العنوان فقط، دون مسار: تضيف وحدة التحكم مسار API بنفسها.</translation>
    </message>
</context>
<context>
    <name>FormSave</name>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Not saved: see the field marked.</source>
        <translation>لم يُحفظ: انظر الحقل المُعلَّم.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>GuestHostCheck</name>
    <message>
        <source>the space “%1”</source>
        <translation>المساحة «%1»</translation>
    </message>
    <message>
        <source>The space&apos;s call leg profile %1 does not set needsActivation=true: guests start the meeting without a host.</source>
        <translation>لا يعيّن ملف تعريف مقطع المكالمة %1 الخاص بالمساحة needsActivation=true: يبدأ الضيوف الاجتماع دون مضيف.</translation>
    </message>
    <message>
        <source>The space has no call leg profile of its own: guests are not held in the lobby until a host joins.</source>
        <translation>ليس للمساحة ملف تعريف مقطع مكالمة خاص بها: لا يُبقى الضيوف في الردهة حتى ينضم مضيف.</translation>
    </message>
    <message>
        <source>Give the space a guest call leg profile (needsActivation=true, deactivationMode=%1).</source>
        <translation>إسناد ملف تعريف مقطع مكالمة للضيوف إلى المساحة (needsActivation=true، deactivationMode=%1).</translation>
    </message>
    <message>
        <source>The space does not let non-members in (nonMemberAccess=false): guests cannot join at all.</source>
        <translation>لا تسمح المساحة بدخول غير الأعضاء (nonMemberAccess=false): لا يستطيع الضيوف الانضمام إطلاقًا.</translation>
    </message>
    <message>
        <source>Let non-members join the space (nonMemberAccess=true).</source>
        <translation>السماح لغير الأعضاء بالانضمام إلى المساحة (nonMemberAccess=true).</translation>
    </message>
    <message>
        <source>The access method %1 has no call leg profile, so it takes the space&apos;s guest profile: hosts who join through it wait in the lobby like guests.</source>
        <translation>ليس لطريقة الوصول %1 ملف تعريف مقطع مكالمة، فتأخذ ملف تعريف الضيوف الخاص بالمساحة: ينتظر المضيفون الذين ينضمون عبرها في الردهة مثل الضيوف.</translation>
    </message>
    <message>
        <source>The access method %1 carries the call leg profile %2, which holds people in the lobby: hosts who join through it wait like guests.</source>
        <translation>تحمل طريقة الوصول %1 ملف تعريف مقطع المكالمة %2 الذي يُبقي المشاركين في الردهة: ينتظر المضيفون الذين ينضمون عبرها مثل الضيوف.</translation>
    </message>
    <message>
        <source>Give the access method a host call leg profile (needsActivation=false).</source>
        <translation>إسناد ملف تعريف مقطع مكالمة للمضيفين إلى طريقة الوصول (needsActivation=false).</translation>
    </message>
    <message>
        <source>the hosts&apos; access method %1</source>
        <translation>طريقة وصول المضيفين %1</translation>
    </message>
    <message>
        <source>Guests wait in the lobby for a host, but the space has no access method and no member for hosts: nobody can let them in.</source>
        <translation>ينتظر الضيوف مضيفًا في الردهة، لكن ليس للمساحة طريقة وصول ولا عضو للمضيفين: لا أحد يستطيع إدخالهم.</translation>
    </message>
    <message>
        <source>Apply one of the four patterns to the space: hosts need a URI, call ID or PIN of their own, or to be members.</source>
        <translation>طبّق أحد الأنماط الأربعة على المساحة: يحتاج المضيفون إلى URI أو معرّف مكالمة أو رمز PIN خاص بهم، أو إلى أن يكونوا أعضاء.</translation>
    </message>
    <message>
        <source>The hosts&apos; access method %1 has the guests&apos; call ID %2: whoever dials it is taken as a guest or a host by the PIN alone, which this pattern does not intend.</source>
        <translation>لطريقة وصول المضيفين %1 معرّف مكالمة الضيوف %2: من يتصل به يُعامل كضيف أو مضيف بحسب رمز PIN وحده، وهذا ما لا يقصده هذا النمط.</translation>
    </message>
    <message>
        <source>Take the call ID off the hosts&apos; access method: hosts then join by its URI and PIN.</source>
        <translation>إزالة معرّف المكالمة من طريقة وصول المضيفين: ينضم المضيفون عندئذٍ عبر URI ورمز PIN الخاصين بها.</translation>
    </message>
    <message>
        <source>Guests have no PIN, but the space&apos;s call profile does not set passcodeMode: SIP guests are asked for a PIN they do not have.</source>
        <translation>ليس للضيوف رمز PIN، لكن ملف تعريف المكالمة الخاص بالمساحة لا يعيّن passcodeMode: يُطلب من ضيوف SIP رمز PIN لا يملكونه.</translation>
    </message>
    <message>
        <source>Give the space a call profile with passcodeMode=required (guests press # for an empty PIN).</source>
        <translation>إسناد ملف تعريف مكالمة بـ passcodeMode=required إلى المساحة (يضغط الضيوف # لرمز PIN فارغ).</translation>
    </message>
    <message>
        <source>The owner %1 is not a member of the space: joining through the web app, the host is held like a guest.</source>
        <translation>المالك %1 ليس عضوًا في المساحة: عند الانضمام عبر تطبيق الويب، يُحتجز المضيف مثل الضيف.</translation>
    </message>
    <message>
        <source>Add %1 as a member with a host call leg profile (needsActivation=false).</source>
        <translation>إضافة %1 عضوًا بملف تعريف مقطع مكالمة للمضيفين (needsActivation=false).</translation>
    </message>
    <message>
        <source>The member %1 has no host call leg profile: the host waits in the lobby with the guests.</source>
        <translation>ليس للعضو %1 ملف تعريف مقطع مكالمة للمضيفين: ينتظر المضيف في الردهة مع الضيوف.</translation>
    </message>
    <message>
        <source>Give the member a host call leg profile (needsActivation=false).</source>
        <translation>إسناد ملف تعريف مقطع مكالمة للمضيفين إلى العضو (needsActivation=false).</translation>
    </message>
    <message>
        <source>The space follows the pattern “%1”, not “%2” as it is meant to.</source>
        <translation>تتبع المساحة النمط «%1»، لا النمط «%2» كما يُفترض.</translation>
    </message>
    <message>
        <source>The space follows none of the four patterns, not “%1” as it is meant to.</source>
        <translation>لا تتبع المساحة أيًّا من الأنماط الأربعة، لا النمط «%1» كما يُفترض.</translation>
    </message>
    <message>
        <source>Apply the pattern “%1” to the space (Guest and Host Access…): it changes only what differs, and needs the URIs and PINs of that pattern.</source>
        <translation>طبّق النمط «%1» على المساحة (وصول الضيوف والمضيفين…): لا يتغيّر إلا ما يختلف، ويلزم إدخال عناوين URI ورموز PIN الخاصة بهذا النمط.</translation>
    </message>
</context>
<context>
    <name>GuestHostExpectations</name>
    <message>
        <source>For a guest</source>
        <translation>بالنسبة إلى الضيف</translation>
    </message>
    <message>
        <source>For the host</source>
        <translation>بالنسبة إلى المضيف</translation>
    </message>
    <message>
        <source>The check of the whole chain</source>
        <translation>فحص السلسلة كاملة</translation>
    </message>
    <message>
        <source>When the last host leaves, the guests are disconnected.</source>
        <translation>عندما يغادر آخر مضيف، يُقطع اتصال الضيوف.</translation>
    </message>
    <message>
        <source>When the last host leaves, the meeting goes on with the guests.</source>
        <translation>عندما يغادر آخر مضيف، يستمر الاجتماع مع الضيوف.</translation>
    </message>
    <message>
        <source>When the last host leaves, the guests go back to the lobby.</source>
        <translation>عندما يغادر آخر مضيف، يعود الضيوف إلى الردهة.</translation>
    </message>
    <message>
        <source>Waits in the lobby until a host joins.</source>
        <translation>ينتظر في الردهة حتى ينضم مضيف.</translation>
    </message>
    <message>
        <source>Is asked for the guest PIN.</source>
        <translation>يُطلب منه رمز PIN الخاص بالضيوف.</translation>
    </message>
    <message>
        <source>Has no PIN to enter.</source>
        <translation>لا يحتاج إلى إدخال رمز PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Calling by SIP, enters the empty PIN by waiting %Ln second(s).</source>
        <translation>
            <numerusform>عند الاتصال عبر SIP، يُدخل رمز PIN الفارغ بالانتظار %Ln ثانية.</numerusform>
            <numerusform>عند الاتصال عبر SIP، يُدخل رمز PIN الفارغ بالانتظار ثانية واحدة.</numerusform>
            <numerusform>عند الاتصال عبر SIP، يُدخل رمز PIN الفارغ بالانتظار ثانيتين.</numerusform>
            <numerusform>عند الاتصال عبر SIP، يُدخل رمز PIN الفارغ بالانتظار %Ln ثوانٍ.</numerusform>
            <numerusform>عند الاتصال عبر SIP، يُدخل رمز PIN الفارغ بالانتظار %Ln ثانية.</numerusform>
            <numerusform>عند الاتصال عبر SIP، يُدخل رمز PIN الفارغ بالانتظار %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling by SIP, enters the empty PIN by pressing #.</source>
        <translation>عند الاتصال عبر SIP، يُدخل رمز PIN الفارغ بالضغط على #.</translation>
    </message>
    <message>
        <source>Has a call ID of their own: %1.</source>
        <extracomment>%1: a call ID</extracomment>
        <translation>لديه معرّف مكالمة خاص به: %1.</translation>
    </message>
    <message>
        <source>Has a URI of their own: %1.</source>
        <extracomment>%1: a URI</extracomment>
        <translation>لديه عنوان URI خاص به: %1.</translation>
    </message>
    <message>
        <source>Dials the same URI and is told apart by the host PIN.</source>
        <translation>يطلب عنوان URI نفسه ويُميَّز برمز PIN الخاص بالمضيف.</translation>
    </message>
    <message>
        <source>Joins as %1, a member of the space, in the web app.</source>
        <extracomment>%1: a user&apos;s JID</extracomment>
        <translation>ينضم عبر تطبيق الويب بصفته %1، وهو عضو في المساحة.</translation>
    </message>
    <message>
        <source>Starts the meeting without waiting in the lobby.</source>
        <translation>يبدأ الاجتماع دون انتظار في الردهة.</translation>
    </message>
    <message>
        <source>Is asked for the host PIN.</source>
        <translation>يُطلب منه رمز PIN الخاص بالمضيف.</translation>
    </message>
    <message>
        <source>The space follows the pattern “%1”.</source>
        <extracomment>%1: the pattern&apos;s name</extracomment>
        <translation>تتبع المساحة النمط «%1».</translation>
    </message>
    <message>
        <source>The check finds no problem.</source>
        <translation>لم يجد الفحص أي مشكلة.</translation>
    </message>
</context>
<context>
    <name>GuestHostInputs</name>
    <message>
        <source>Different URIs for guests and hosts</source>
        <translation>عناوين URI مختلفة للضيوف والمضيفين</translation>
    </message>
    <message>
        <source>One URI, a guest PIN and a host PIN</source>
        <translation>عنوان URI واحد ورمز PIN للضيوف وآخر للمضيفين</translation>
    </message>
    <message>
        <source>One URI, no guest PIN and a host PIN</source>
        <translation>عنوان URI واحد دون رمز PIN للضيوف ورمز PIN للمضيفين</translation>
    </message>
    <message>
        <source>The host is a member of the space</source>
        <translation>المضيف عضو في المساحة</translation>
    </message>
    <message>
        <source>Hosts: %1</source>
        <extracomment>%1: why a value typed for the hosts cannot be used</extracomment>
        <translation>المضيفون: %1</translation>
    </message>
    <message>
        <source>Guests: %1</source>
        <extracomment>%1: why a value typed for the guests cannot be used</extracomment>
        <translation>الضيوف: %1</translation>
    </message>
    <message>
        <source>Choose one of the four patterns.</source>
        <translation>اختر أحد الأنماط الأربعة.</translation>
    </message>
    <message>
        <source>A new space needs a name.</source>
        <translation>تحتاج المساحة الجديدة إلى اسم.</translation>
    </message>
    <message>
        <source>Choose what happens to the guests when the last host leaves.</source>
        <translation>اختر ما يحدث للضيوف عندما يغادر آخر مضيف.</translation>
    </message>
    <message>
        <source>Guests and hosts dial the same URI in this pattern: give the space a URI.</source>
        <translation>يتصل الضيوف والمضيفون بعنوان URI نفسه في هذا النمط: أعطِ المساحة عنوان URI.</translation>
    </message>
    <message>
        <source>Give the hosts a URI or a call ID of their own.</source>
        <translation>أعطِ المضيفين عنوان URI أو معرّف مكالمة خاصًا بهم.</translation>
    </message>
    <message>
        <source>The hosts&apos; URI must differ from the guests&apos; URI.</source>
        <translation>يجب أن يختلف عنوان URI للمضيفين عن عنوان URI للضيوف.</translation>
    </message>
    <message>
        <source>Guests need a PIN in this pattern.</source>
        <translation>يحتاج الضيوف إلى رمز PIN في هذا النمط.</translation>
    </message>
    <message>
        <source>Hosts need a PIN in this pattern.</source>
        <translation>يحتاج المضيفون إلى رمز PIN في هذا النمط.</translation>
    </message>
    <message>
        <source>The host PIN must differ from the guest PIN: the PIN is what tells them apart.</source>
        <translation>يجب أن يختلف رمز PIN للمضيفين عن رمز PIN للضيوف: فهو ما يميّز بينهم.</translation>
    </message>
    <message>
        <source>Guests have no PIN in this pattern: leave it empty.</source>
        <translation>ليس للضيوف رمز PIN في هذا النمط: اتركه فارغًا.</translation>
    </message>
    <message>
        <source>Choose how guests enter an empty PIN: by pressing # or by waiting.</source>
        <translation>اختر كيف يُدخل الضيوف رمز PIN فارغًا: بالضغط على # أو بالانتظار.</translation>
    </message>
    <message>
        <source>Give the number of seconds of silence that count as an empty PIN.</source>
        <translation>حدّد عدد ثواني الصمت التي تُعدّ رمز PIN فارغًا.</translation>
    </message>
    <message>
        <source>Choose the host user.</source>
        <translation>اختر المستخدم المضيف.</translation>
    </message>
    <message>
        <source>The hosts&apos; call ID must differ from the guests&apos; call ID.</source>
        <translation>يجب أن يختلف معرّف مكالمة المضيفين عن معرّف مكالمة الضيوف.</translation>
    </message>
    <message>
        <source>A passcode timeout only applies to the pattern without a guest PIN.</source>
        <translation>لا تنطبق مهلة رمز المرور إلا على النمط الذي لا رمز PIN فيه للضيوف.</translation>
    </message>
</context>
<context>
    <name>GuestHostPlanner</name>
    <message>
        <source>Add %1 as a member with the host call leg profile: %2 (POST /%3)</source>
        <translation>إضافة %1 عضوًا بملف تعريف مقطع المكالمة للمضيفين: %2 (⁦POST /%3⁩)</translation>
    </message>
    <message>
        <source>the member %1</source>
        <translation>العضو %1</translation>
    </message>
    <message>
        <source>(the new guest call leg profile)</source>
        <translation>(ملف تعريف مقطع المكالمة الجديد للضيوف)</translation>
    </message>
    <message>
        <source>(the new host call leg profile)</source>
        <translation>(ملف تعريف مقطع المكالمة الجديد للمضيفين)</translation>
    </message>
    <message>
        <source>(the new call profile)</source>
        <translation>(ملف تعريف المكالمة الجديد)</translation>
    </message>
    <message>
        <source>(the new space)</source>
        <translation>(المساحة الجديدة)</translation>
    </message>
    <message>
        <source>The guests use the existing call leg profile “%1” (%2): its settings are exactly %3.</source>
        <extracomment>%1: profile name, %2: its id, %3: its settings (&quot;deactivationMode=deactivate, needsActivation=true&quot;)</extracomment>
        <translation>يستخدم الضيوف ملف تعريف مقطع المكالمة الموجود «%1» (%2): إعداداته هي %3 بالضبط.</translation>
    </message>
    <message>
        <source>The hosts use the existing call leg profile “%1” (%2): its settings are exactly %3.</source>
        <translation>يستخدم المضيفون ملف تعريف مقطع المكالمة الموجود «%1» (%2): إعداداته هي %3 بالضبط.</translation>
    </message>
    <message>
        <source>Guests wait for a host</source>
        <translation>ينتظر الضيوف مضيفًا</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>المضيفون</translation>
    </message>
    <message>
        <source>Create the guest call leg profile: %1 (POST /callLegProfiles)</source>
        <translation>إنشاء ملف تعريف مقطع المكالمة للضيوف: %1 (⁦POST /callLegProfiles⁩)</translation>
    </message>
    <message>
        <source>Create the host call leg profile: %1 (POST /callLegProfiles)</source>
        <translation>إنشاء ملف تعريف مقطع المكالمة للمضيفين: %1 (⁦POST /callLegProfiles⁩)</translation>
    </message>
    <message>
        <source>The space uses the existing call profile %1: its settings are exactly %2.</source>
        <translation>تستخدم المساحة ملف تعريف المكالمة الموجود %1: إعداداته هي %2 بالضبط.</translation>
    </message>
    <message>
        <source>Create a call profile for guests without a PIN: %1 (POST /callProfiles)</source>
        <translation>إنشاء ملف تعريف مكالمة للضيوف دون رمز PIN: %1 (⁦POST /callProfiles⁩)</translation>
    </message>
    <message>
        <source>Change %1: %2 (PUT /%3)</source>
        <extracomment>%1: what is changed (&quot;the space “Board”&quot;), %2: &quot;field: old → new, …&quot;, %3: the API path</extracomment>
        <translation>تغيير %1: %2 (⁦PUT /%3⁩)</translation>
    </message>
    <message>
        <source>The space %1 was not found on the cluster.</source>
        <translation>لم يُعثر على المساحة %1 في المجموعة.</translation>
    </message>
    <message>
        <source>The space has no URI, and hosts dial the space&apos;s URI in this pattern: give it one.</source>
        <translation>ليس للمساحة عنوان URI، والمضيفون يتصلون بعنوان URI المساحة في هذا النمط: أعطها عنوانًا.</translation>
    </message>
    <message>
        <source>The hosts&apos; URI must differ from the guests&apos; URI.</source>
        <translation>يجب أن يختلف عنوان URI للمضيفين عن عنوان URI للضيوف.</translation>
    </message>
    <message>
        <source>The hosts&apos; call ID must differ from the guests&apos; call ID.</source>
        <translation>يجب أن يختلف معرّف مكالمة المضيفين عن معرّف مكالمة الضيوف.</translation>
    </message>
    <message>
        <source>“%1” is already used by the space “%2”.</source>
        <extracomment>%1: a URI or call ID, %2: the name of the space that has it</extracomment>
        <translation>«%1» مستخدم بالفعل في المساحة «%2».</translation>
    </message>
    <message>
        <source>The cluster knows no user %1 (users come from the directory).</source>
        <translation>لا تعرف المجموعة أي مستخدم %1 (يأتي المستخدمون من الدليل).</translation>
    </message>
    <message>
        <source>The space&apos;s call profile %1 already has passcodeMode=%2.</source>
        <translation>لملف تعريف المكالمة %1 الخاص بالمساحة passcodeMode=%2 بالفعل.</translation>
    </message>
    <message>
        <source>the space “%1”</source>
        <translation>المساحة «%1»</translation>
    </message>
    <message>
        <source>The space “%1” is already set up for guests.</source>
        <translation>المساحة «%1» معدّة للضيوف بالفعل.</translation>
    </message>
    <message>
        <source>Create the space “%1”: %2 (POST /coSpaces)</source>
        <translation>إنشاء المساحة «%1»: %2 (⁦POST /coSpaces⁩)</translation>
    </message>
    <message>
        <source>the hosts&apos; access method %1</source>
        <translation>طريقة وصول المضيفين %1</translation>
    </message>
    <message>
        <source>The hosts&apos; access method %1 is already right.</source>
        <translation>طريقة وصول المضيفين %1 صحيحة بالفعل.</translation>
    </message>
    <message>
        <source>Create the hosts&apos; access method: %1 (POST /%2)</source>
        <translation>إنشاء طريقة وصول المضيفين: %1 (⁦POST /%2⁩)</translation>
    </message>
    <message>
        <source>%1 is already a member with the host call leg profile.</source>
        <translation>%1 عضو بالفعل بملف تعريف مقطع المكالمة للمضيفين.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>%1: step number, %2: number of steps, %3: the step</extracomment>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <extracomment>%1: a step being undone after a later one failed</extracomment>
        <translation>جارٍ التراجع: %1</translation>
    </message>
</context>
<context>
    <name>ProfileFieldGuide</name>
    <message>
        <source>The name shown for it in lists and choices.</source>
        <translation>الاسم الذي يظهر في القوائم والخيارات.</translation>
    </message>
    <message>
        <source>Yes: the participant waits in the lobby until a host joins.</source>
        <translation>نعم: ينتظر المشارك في الردهة حتى ينضم مضيف.</translation>
    </message>
    <message>
        <source>What happens to the participants who waited for a host when the last host leaves.</source>
        <translation>ما يحدث للمشاركين الذين انتظروا مضيفًا عندما يغادر آخر مضيف.</translation>
    </message>
    <message>
        <source>How long after the last host leaves that happens.</source>
        <translation>المدة بعد مغادرة آخر مضيف حتى يحدث ذلك.</translation>
    </message>
    <message>
        <source>The screen layout the participant sees on joining.</source>
        <translation>تخطيط الشاشة الذي يراه المشارك عند الانضمام.</translation>
    </message>
    <message>
        <source>Whether the participant may change the layout.</source>
        <translation>ما إذا كان يمكن للمشارك تغيير التخطيط.</translation>
    </message>
    <message>
        <source>Whether participants&apos; names are shown on their video.</source>
        <translation>ما إذا كانت أسماء المشاركين تظهر على الفيديو الخاص بهم.</translation>
    </message>
    <message>
        <source>Whether the participant may share a presentation.</source>
        <translation>ما إذا كان يمكن للمشارك مشاركة عرض تقديمي.</translation>
    </message>
    <message>
        <source>Whether the participant sees the presentations others share.</source>
        <translation>ما إذا كان المشارك يرى العروض التقديمية التي يشاركها الآخرون.</translation>
    </message>
    <message>
        <source>Whether the participant may end the meeting for everyone.</source>
        <translation>ما إذا كان يمكن للمشارك إنهاء الاجتماع للجميع.</translation>
    </message>
    <message>
        <source>Whether the participant may mute other participants&apos; audio.</source>
        <translation>ما إذا كان يمكن للمشارك كتم صوت المشاركين الآخرين.</translation>
    </message>
    <message>
        <source>Whether the participant may stop other participants&apos; video.</source>
        <translation>ما إذا كان يمكن للمشارك إيقاف فيديو المشاركين الآخرين.</translation>
    </message>
    <message>
        <source>Whether the participant may mute their own audio.</source>
        <translation>ما إذا كان يمكن للمشارك كتم صوته.</translation>
    </message>
    <message>
        <source>Whether the participant may stop their own video.</source>
        <translation>ما إذا كان يمكن للمشارك إيقاف الفيديو الخاص به.</translation>
    </message>
    <message>
        <source>Whether the participant may disconnect other participants.</source>
        <translation>ما إذا كان يمكن للمشارك فصل مشاركين آخرين.</translation>
    </message>
    <message>
        <source>Whether the participant may add participants to the meeting.</source>
        <translation>ما إذا كان يمكن للمشارك إضافة مشاركين إلى الاجتماع.</translation>
    </message>
    <message>
        <source>Yes: the participant&apos;s audio is not passed on to the meeting.</source>
        <translation>نعم: لا يُنقل صوت المشارك إلى الاجتماع.</translation>
    </message>
    <message>
        <source>Yes: the meeting&apos;s audio is not sent to the participant.</source>
        <translation>نعم: لا يُرسل صوت الاجتماع إلى المشارك.</translation>
    </message>
    <message>
        <source>Yes: the participant&apos;s video is not passed on to the meeting.</source>
        <translation>نعم: لا يُنقل فيديو المشارك إلى الاجتماع.</translation>
    </message>
    <message>
        <source>Yes: the meeting&apos;s video is not sent to the participant.</source>
        <translation>نعم: لا يُرسل فيديو الاجتماع إلى المشارك.</translation>
    </message>
    <message>
        <source>A tone sounds when someone joins while the meeting has at most this many participants.</source>
        <translation>تصدر نغمة عند انضمام أحد ما دام عدد المشاركين في الاجتماع لا يتجاوز هذا العدد.</translation>
    </message>
    <message>
        <source>A tone sounds when someone leaves while the meeting has at most this many participants.</source>
        <translation>تصدر نغمة عند مغادرة أحد ما دام عدد المشاركين في الاجتماع لا يتجاوز هذا العدد.</translation>
    </message>
    <message>
        <source>The longest the participant&apos;s call may last.</source>
        <translation>أطول مدة يمكن أن تستغرقها مكالمة المشارك.</translation>
    </message>
    <message>
        <source>The highest resolution and frame rate of the main video.</source>
        <translation>أعلى دقة ومعدل إطارات للفيديو الرئيسي.</translation>
    </message>
    <message>
        <source>The highest resolution and frame rate of presentations.</source>
        <translation>أعلى دقة ومعدل إطارات للعروض التقديمية.</translation>
    </message>
    <message>
        <source>When the number of participants is shown on screen.</source>
        <translation>متى يظهر عدد المشاركين على الشاشة.</translation>
    </message>
    <message>
        <source>Whether a SIP call&apos;s media may, must or must not be encrypted.</source>
        <translation>ما إذا كان يجوز أو يجب أو لا يجوز تشفير وسائط مكالمة SIP.</translation>
    </message>
    <message>
        <source>The most participants a meeting with this profile may have.</source>
        <translation>أكبر عدد من المشاركين يمكن أن يضمه اجتماع بهذا الملف.</translation>
    </message>
    <message>
        <source>Yes: meetings are locked, and the lock keeps newcomers out.</source>
        <translation>نعم: تُقفل الاجتماعات، ويمنع القفل القادمين الجدد من الدخول.</translation>
    </message>
    <message>
        <source>Whom a locked meeting keeps out: everyone new, or only those who wait for a host.</source>
        <translation>من يمنعه الاجتماع المقفل: كل قادم جديد، أو من ينتظرون مضيفًا فقط.</translation>
    </message>
    <message>
        <source>Whether meetings can be recorded, and whether recording starts by itself.</source>
        <translation>ما إذا كان يمكن تسجيل الاجتماعات، وما إذا كان التسجيل يبدأ تلقائيًا.</translation>
    </message>
    <message>
        <source>Whether meetings can be streamed, and whether streaming starts by itself.</source>
        <translation>ما إذا كان يمكن بث الاجتماعات، وما إذا كان البث يبدأ تلقائيًا.</translation>
    </message>
    <message>
        <source>How a SIP caller gives an empty passcode: by pressing #, or by silence until the timeout.</source>
        <translation>كيف يُدخل المتصل عبر SIP رمز مرور فارغًا: بالضغط على # أو بالصمت حتى انتهاء المهلة.</translation>
    </message>
    <message>
        <source>How long a silence counts as an empty passcode, when the timeout applies.</source>
        <translation>المدة التي يُعد بعدها الصمت رمز مرور فارغًا، عند تطبيق المهلة.</translation>
    </message>
    <message>
        <source>Whether meetings have a message board (before CMS 3.0).</source>
        <translation>ما إذا كانت للاجتماعات لوحة رسائل (قبل CMS 3.0).</translation>
    </message>
    <message>
        <source>The fewest digits a passcode may have: a shorter one is refused.</source>
        <translation>أقل عدد من الأرقام يمكن أن يضمه رمز المرور: يُرفض الرمز الأقصر.</translation>
    </message>
    <message>
        <source>Yes: passcodes already set that are shorter keep working.</source>
        <translation>نعم: تظل رموز المرور المعيّنة مسبقًا والأقصر صالحة.</translation>
    </message>
    <message>
        <source>What the template is for, in a few words.</source>
        <translation>الغرض من القالب في كلمات قليلة.</translation>
    </message>
    <message>
        <source>How many access method templates the template has.</source>
        <translation>عدد قوالب طرق الوصول في القالب.</translation>
    </message>
    <message>
        <source>The call profile of the spaces made from this template.</source>
        <translation>ملف تعريف المكالمة للمساحات المنشأة من هذا القالب.</translation>
    </message>
    <message>
        <source>The call leg profile of the spaces made from this template.</source>
        <translation>ملف تعريف مقطع المكالمة للمساحات المنشأة من هذا القالب.</translation>
    </message>
    <message>
        <source>The dial-in security profile of the spaces made from this template.</source>
        <translation>ملف تعريف أمان الاتصال الوارد للمساحات المنشأة من هذا القالب.</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: name and description.</extracomment>
        <translation>عام</translation>
    </message>
    <message>
        <source>Lobby and activation</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: waiting for a host, locking.</extracomment>
        <translation>الردهة والتفعيل</translation>
    </message>
    <message>
        <source>Passcodes</source>
        <translation>رموز المرور</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: what participants may do.</extracomment>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>Media</source>
        <extracomment>Heading of a profile editor&apos;s group of settings: audio, video, layout, recording.</extracomment>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Profiles</source>
        <extracomment>Heading of a space template&apos;s group of settings: the profiles its spaces get.</extracomment>
        <translation>ملفات التعريف</translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation>إعدادات أخرى</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>“%1” is given more than once.</source>
        <translation>حُدِّد الحقل «%1» أكثر من مرة.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
        <source>%1 are only available from CMS %2 on; this server runs CMS %3.</source>
        <translation>%1: غير متاحة إلا بدءًا من CMS %2؛ ويعمل هذا الخادم بالإصدار CMS %3.</translation>
    </message>
    <message>
        <source>%1 cannot be created through the API.</source>
        <translation>%1: لا يمكن الإنشاء عبر واجهة API.</translation>
    </message>
    <message>
        <source>%1 cannot be changed through the API.</source>
        <translation>%1: لا يمكن التغيير عبر واجهة API.</translation>
    </message>
    <message>
        <source>“%1” is reported by the server and cannot be set.</source>
        <translation>يُبلغ الخادم عن قيمة الحقل «%1»، ولا يمكن تعيينها.</translation>
    </message>
    <message>
        <source>“%1” can only be set when creating; it cannot be changed afterwards.</source>
        <translation>لا يمكن تعيين الحقل «%1» إلا عند الإنشاء؛ ولا يمكن تغييره بعد ذلك.</translation>
    </message>
    <message>
        <source>“%1” can only be used on an existing object, not when creating one.</source>
        <translation>لا يمكن استخدام الحقل «%1» إلا مع كائن موجود، وليس عند إنشاء كائن.</translation>
    </message>
    <message>
        <source>“%1” needs CMS %2 or later; this server runs CMS %3.</source>
        <translation>يتطلب الحقل «%1» الإصدار CMS %2 أو أحدث؛ ويعمل هذا الخادم بالإصدار CMS %3.</translation>
    </message>
    <message>
        <source>“%1” was removed in CMS %2; this server runs CMS %3.</source>
        <translation>أُزيل الحقل «%1» في CMS %2؛ ويعمل هذا الخادم بالإصدار CMS %3.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”; did you mean “%2”?</source>
        <translation>معلمة غير معروفة «%1»؛ هل تقصد «%2»؟</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”.</source>
        <translation>معلمة غير معروفة «%1».</translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %Ln characters long.</source>
        <translation>
            <numerusform>يجب ألا يزيد طول «%1» على %Ln حرف.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على حرف واحد.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على حرفين.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %Ln أحرف.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %Ln حرفًا.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %Ln حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be “true” or “false”, not “%2”.</source>
        <translation>يجب أن تكون قيمة «%1» إما «true» أو «false»، وليس «%2».</translation>
    </message>
    <message>
        <source>“%1” must be a whole number of seconds, zero or more, not “%2”.</source>
        <translation>يجب أن تكون قيمة «%1» عددًا صحيحًا من الثواني، صفرًا أو أكثر، وليس «%2».</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, zero or more, not “%2”.</source>
        <translation>يجب أن تكون قيمة «%1» عددًا صحيحًا، صفرًا أو أكثر، وليس «%2».</translation>
    </message>
    <message>
        <source>“%1” must be %2 or more.</source>
        <translation>يجب أن تكون قيمة «%1» %2 أو أكثر.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3.</source>
        <translation>يجب أن تكون قيمة «%1» بين %2 و%3.</translation>
    </message>
    <message>
        <source>“%1” may contain only digits; “%2” is not a digit.</source>
        <translation>لا يمكن أن يحتوي «%1» إلا على أرقام؛ و«%2» ليس رقمًا.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %Ln digits long.</source>
        <translation>
            <numerusform>يجب ألا يزيد طول «%1» على %Ln رقم.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على رقم واحد.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على رقمين.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %Ln أرقام.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %Ln رقمًا.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %Ln رقم.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the part before the @ only: leave out the @ and the domain.</source>
        <translation>الحقل «%1» هو الجزء الذي يسبق @ فقط: احذف @ واسم النطاق.</translation>
    </message>
    <message>
        <source>“%1” cannot contain spaces.</source>
        <translation>لا يمكن أن يحتوي «%1» على مسافات.</translation>
    </message>
    <message>
        <source>“%1” has a “%” that is not followed by two hexadecimal digits.</source>
        <translation>يحتوي «%1» على علامة «%» لا يليها رقمان سداسيان عشريان.</translation>
    </message>
    <message>
        <source>“%1” cannot contain “%2”.</source>
        <translation>لا يمكن أن يحتوي «%1» على «%2».</translation>
    </message>
    <message>
        <source>“%1” must contain “$index$” exactly once; it stands for the number of each space.</source>
        <translation>يجب أن يحتوي «%1» على «$index$» مرة واحدة بالضبط؛ وهو يمثّل رقم كل مساحة.</translation>
    </message>
    <message>
        <source>“%1” must be a user address such as name@example.com.</source>
        <translation>يجب أن يكون «%1» عنوان مستخدم مثل name@example.com.</translation>
    </message>
    <message>
        <source>“%1” must be a complete URL with a scheme and a host, such as https://cms1.example.com:445.</source>
        <translation>يجب أن يكون «%1» عنوان URL كاملاً يتضمن المخطط والمضيف، مثل https://cms1.example.com:445.</translation>
    </message>
    <message>
        <source>“%1” cannot be “%2”. Possible values: %3.</source>
        <translation>لا يمكن أن تكون قيمة «%1» هي «%2». القيم الممكنة: %3.</translation>
    </message>
    <message>
        <source>The value “%2” of “%1” needs CMS %3 or later; this server runs CMS %4.</source>
        <translation>تتطلب القيمة «%2» للحقل «%1» الإصدار CMS %3 أو أحدث؛ ويعمل هذا الخادم بالإصدار CMS %4.</translation>
    </message>
    <message>
        <source>“%1” must be the id of an object, a GUID such as 6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f.</source>
        <translation>يجب أن يكون «%1» معرّف كائن، أي GUID مثل 6f6c1d2e-8a39-4c2e-9d4f-2b1c3a4d5e6f.</translation>
    </message>
    <message>
        <source>The last index cannot be smaller than the first index.</source>
        <translation>لا يمكن أن يكون الفهرس الأخير أصغر من الفهرس الأول.</translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <source>Tenant</source>
        <translation>المستأجر</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>ملف تعريف المكالمة</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>ملف تعريف مقطع المكالمة</translation>
    </message>
    <message>
        <source>Dial-in security profile</source>
        <translation>ملف تعريف أمان الاتصال الوارد</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>حالة النظام</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>إصدار البرنامج</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>مُفعَّل</translation>
    </message>
    <message>
        <source>Clustered</source>
        <translation>ضمن مجموعة عنقودية</translation>
    </message>
    <message>
        <source>CDR time</source>
        <translation>وقت CDR</translation>
    </message>
    <message>
        <source>Active call legs</source>
        <translation>مقاطع المكالمات النشطة</translation>
    </message>
    <message>
        <source>Most call legs active at once</source>
        <translation>أقصى عدد لمقاطع المكالمات النشطة في آنٍ واحد</translation>
    </message>
    <message>
        <source>Completed call legs</source>
        <translation>مقاطع المكالمات المكتملة</translation>
    </message>
    <message>
        <source>Outgoing audio bit rate</source>
        <translation>معدل بت الصوت الصادر</translation>
    </message>
    <message>
        <source>Incoming audio bit rate</source>
        <translation>معدل بت الصوت الوارد</translation>
    </message>
    <message>
        <source>Outgoing video bit rate</source>
        <translation>معدل بت الفيديو الصادر</translation>
    </message>
    <message>
        <source>Incoming video bit rate</source>
        <translation>معدل بت الفيديو الوارد</translation>
    </message>
    <message>
        <source>System profiles</source>
        <translation>ملفات تعريف النظام</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>المستأجرون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Participant limit</source>
        <translation>الحد الأقصى للمشاركين</translation>
    </message>
    <message>
        <source>Call bridges</source>
        <translation>جسور المكالمات</translation>
    </message>
    <message>
        <source>Web Admin address</source>
        <translation>عنوان Web Admin</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>نطاق SIP</translation>
    </message>
    <message>
        <source>Call bridge group</source>
        <translation>مجموعة جسور المكالمات</translation>
    </message>
    <message>
        <source>Call bridge groups</source>
        <translation>مجموعات جسور المكالمات</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>موازنة الحمل</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>المساحات</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Secondary URI</source>
        <translation>عنوان URI الثانوي</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>معرّف المكالمة</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>رمز المرور</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>التخطيط الافتراضي</translation>
    </message>
    <message>
        <source>Non-members may join</source>
        <translation>يمكن لغير الأعضاء الانضمام</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>معرّف المالك</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>السر</translation>
    </message>
    <message>
        <source>Generate a new secret</source>
        <translation>إنشاء سر جديد</translation>
    </message>
    <message>
        <source>CDR tag</source>
        <translation>علامة CDR</translation>
    </message>
    <message>
        <source>Streaming URL</source>
        <translation>عنوان URL للبث</translation>
    </message>
    <message>
        <source>Meeting scheduler</source>
        <translation>منظِّم الاجتماع</translation>
    </message>
    <message>
        <source>Generate a call ID</source>
        <translation>إنشاء معرّف مكالمة</translation>
    </message>
    <message>
        <source>Generated automatically</source>
        <translation>مُنشأ تلقائيًا</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>طرق الوصول</translation>
    </message>
    <message>
        <source>Scope</source>
        <extracomment>Who may see an access method in the apps: public, private, or members (from CMS 3.2).</extracomment>
        <translation>نطاق الظهور</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>الأهمية</translation>
    </message>
    <message>
        <source>Space members</source>
        <translation>أعضاء المساحة</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>معرّف المستخدم</translation>
    </message>
    <message>
        <source>Can delete the space</source>
        <translation>يمكنه حذف المساحة</translation>
    </message>
    <message>
        <source>Can add and remove members</source>
        <translation>يمكنه إضافة الأعضاء وإزالتهم</translation>
    </message>
    <message>
        <source>Can change the name</source>
        <translation>يمكنه تغيير الاسم</translation>
    </message>
    <message>
        <source>Can change the URI</source>
        <translation>يمكنه تغيير عنوان URI</translation>
    </message>
    <message>
        <source>Can change the call ID</source>
        <translation>يمكنه تغيير معرّف المكالمة</translation>
    </message>
    <message>
        <source>Can change the passcode</source>
        <translation>يمكنه تغيير رمز المرور</translation>
    </message>
    <message>
        <source>Can leave the space</source>
        <translation>يمكنه مغادرة المساحة</translation>
    </message>
    <message>
        <source>Can delete all messages</source>
        <translation>يمكنه حذف جميع الرسائل</translation>
    </message>
    <message>
        <source>Can let non-members join</source>
        <translation>يمكنه السماح لغير الأعضاء بالانضمام</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>User space templates</source>
        <translation>قوالب مساحات المستخدم</translation>
    </message>
    <message>
        <source>Space template</source>
        <translation>قالب المساحة</translation>
    </message>
    <message>
        <source>Call profiles</source>
        <translation>ملفات تعريف المكالمات</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Lock applies to</source>
        <extracomment>Whom a locked meeting keeps out: everyone new, or only guests who wait for a host.</extracomment>
        <translation>يسري القفل على</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>البث</translation>
    </message>
    <message>
        <source>Empty passcode</source>
        <extracomment>What counts as an empty passcode: pressing # (required) or silence (timeout).</extracomment>
        <translation>رمز المرور الفارغ</translation>
    </message>
    <message>
        <source>Passcode timeout</source>
        <translation>مهلة إدخال رمز المرور</translation>
    </message>
    <message>
        <source>Message board</source>
        <translation>لوحة الرسائل</translation>
    </message>
    <message>
        <source>Call leg profiles</source>
        <translation>ملفات تعريف مقاطع المكالمات</translation>
    </message>
    <message>
        <source>Waits in the lobby for a host</source>
        <translation>ينتظر في الردهة حتى ينضم مضيف</translation>
    </message>
    <message>
        <source>When the last host leaves</source>
        <translation>عند مغادرة آخر مضيف</translation>
    </message>
    <message>
        <source>Delay after the last host leaves</source>
        <translation>المهلة بعد مغادرة آخر مضيف</translation>
    </message>
    <message>
        <source>May change the layout</source>
        <translation>يمكنه تغيير التخطيط</translation>
    </message>
    <message>
        <source>Participant labels</source>
        <translation>تسميات المشاركين</translation>
    </message>
    <message>
        <source>May present</source>
        <translation>يمكنه تقديم عرض</translation>
    </message>
    <message>
        <source>May view presentations</source>
        <translation>يمكنه مشاهدة العروض التقديمية</translation>
    </message>
    <message>
        <source>May end the meeting</source>
        <translation>يمكنه إنهاء الاجتماع</translation>
    </message>
    <message>
        <source>May mute others</source>
        <translation>يمكنه كتم صوت الآخرين</translation>
    </message>
    <message>
        <source>May stop others&apos; video</source>
        <translation>يمكنه إيقاف فيديو الآخرين</translation>
    </message>
    <message>
        <source>May mute themselves</source>
        <translation>يمكنه كتم صوته</translation>
    </message>
    <message>
        <source>May stop their own video</source>
        <translation>يمكنه إيقاف الفيديو الخاص به</translation>
    </message>
    <message>
        <source>May disconnect others</source>
        <translation>يمكنه قطع اتصال الآخرين</translation>
    </message>
    <message>
        <source>May add participants</source>
        <translation>يمكنه إضافة مشاركين</translation>
    </message>
    <message>
        <source>Others cannot hear them</source>
        <translation>لا يسمعه الآخرون</translation>
    </message>
    <message>
        <source>They cannot hear others</source>
        <translation>لا يسمع الآخرين</translation>
    </message>
    <message>
        <source>Others cannot see them</source>
        <translation>لا يراه الآخرون</translation>
    </message>
    <message>
        <source>They cannot see others</source>
        <translation>لا يرى الآخرين</translation>
    </message>
    <message>
        <source>Join tone up to participants</source>
        <translation>الحد الأقصى للمشاركين لتشغيل نغمة الانضمام</translation>
    </message>
    <message>
        <source>Leave tone up to participants</source>
        <translation>الحد الأقصى للمشاركين لتشغيل نغمة المغادرة</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>أطول مدة للمكالمة</translation>
    </message>
    <message>
        <source>Main video quality</source>
        <translation>جودة الفيديو الرئيسي</translation>
    </message>
    <message>
        <source>Presentation quality</source>
        <translation>جودة العرض التقديمي</translation>
    </message>
    <message>
        <source>Participant counter</source>
        <translation>عدّاد المشاركين</translation>
    </message>
    <message>
        <source>SIP media encryption</source>
        <translation>تشفير وسائط SIP</translation>
    </message>
    <message>
        <source>Dial-in security profiles</source>
        <translation>ملفات تعريف أمان الاتصال الوارد</translation>
    </message>
    <message>
        <source>Shortest passcode</source>
        <translation>الحد الأدنى لطول رمز المرور</translation>
    </message>
    <message>
        <source>Existing shorter passcodes still work</source>
        <translation>تظل رموز المرور الأقصر الحالية صالحة</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>قوالب المساحات</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>قوالب طرق الوصول</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <translation>نمط URI</translation>
    </message>
    <message>
        <source>Generate a unique call ID</source>
        <translation>إنشاء معرّف مكالمة فريد</translation>
    </message>
    <message>
        <source>Bulk space parameter sets</source>
        <translation>مجموعات معلمات الإنشاء الجماعي للمساحات</translation>
    </message>
    <message>
        <source>First index</source>
        <translation>الفهرس الأول</translation>
    </message>
    <message>
        <source>Last index</source>
        <translation>الفهرس الأخير</translation>
    </message>
    <message>
        <source>URI mapping</source>
        <translation>تعيين URI</translation>
    </message>
    <message>
        <source>Name mapping</source>
        <translation>تعيين الاسم</translation>
    </message>
    <message>
        <source>Call ID mapping</source>
        <translation>تعيين معرّف المكالمة</translation>
    </message>
    <message>
        <source>Bulk space synchronisations</source>
        <translation>المزامنات الجماعية للمساحات</translation>
    </message>
    <message>
        <source>Parameter set</source>
        <translation>مجموعة المعلمات</translation>
    </message>
    <message>
        <source>Delete the spaces</source>
        <translation>حذف المساحات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Call correlator</source>
        <translation>مُعرّف ربط المكالمة</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>نوع المكالمة</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Call legs</source>
        <translation>مقاطع المكالمة</translation>
    </message>
    <message>
        <source>Participants here</source>
        <translation>المشاركون على جسر المكالمات هذا</translation>
    </message>
    <message>
        <source>Participants on other call bridges</source>
        <translation>المشاركون على جسور المكالمات الأخرى</translation>
    </message>
    <message>
        <source>Other call bridges</source>
        <translation>جسور المكالمات الأخرى</translation>
    </message>
    <message>
        <source>Remote party</source>
        <translation>الطرف البعيد</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>العنوان المحلي</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>المكالمة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Can be moved</source>
        <translation>قابل للنقل</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Waiting in the lobby</source>
        <translation>ينتظر في الردهة</translation>
    </message>
    <message>
        <source>Received audio codec</source>
        <translation>برنامج ترميز الصوت المستلَم</translation>
    </message>
    <message>
        <source>Received audio bit rate</source>
        <translation>معدل بت الصوت المستلَم</translation>
    </message>
    <message>
        <source>Received audio jitter</source>
        <translation>تذبذب الصوت المستلَم</translation>
    </message>
    <message>
        <source>Received audio packet loss</source>
        <translation>فقدان حزم الصوت المستلَم</translation>
    </message>
    <message>
        <source>Sent audio codec</source>
        <translation>برنامج ترميز الصوت المرسَل</translation>
    </message>
    <message>
        <source>Sent audio bit rate</source>
        <translation>معدل بت الصوت المرسَل</translation>
    </message>
    <message>
        <source>Audio round trip time</source>
        <translation>زمن الذهاب والإياب للصوت</translation>
    </message>
    <message>
        <source>Received video codec</source>
        <translation>برنامج ترميز الفيديو المستلَم</translation>
    </message>
    <message>
        <source>Received video bit rate</source>
        <translation>معدل بت الفيديو المستلَم</translation>
    </message>
    <message>
        <source>Received video jitter</source>
        <translation>تذبذب الفيديو المستلَم</translation>
    </message>
    <message>
        <source>Received video packet loss</source>
        <translation>فقدان حزم الفيديو المستلَم</translation>
    </message>
    <message>
        <source>Sent video codec</source>
        <translation>برنامج ترميز الفيديو المرسَل</translation>
    </message>
    <message>
        <source>Sent video bit rate</source>
        <translation>معدل بت الفيديو المرسَل</translation>
    </message>
    <message>
        <source>Video round trip time</source>
        <translation>زمن الذهاب والإياب للفيديو</translation>
    </message>
    <message>
        <source>Packet loss alarm</source>
        <translation>إنذار فقدان الحزم</translation>
    </message>
    <message>
        <source>Jitter alarm</source>
        <translation>إنذار التذبذب</translation>
    </message>
    <message>
        <source>Round trip time alarm</source>
        <translation>إنذار زمن الذهاب والإياب</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>Yes/no column: the participant lets guests out of the lobby (a host).</extracomment>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>منقول من</translation>
    </message>
    <message>
        <source>Moved from call bridge</source>
        <translation>منقول من جسر المكالمات</translation>
    </message>
    <message>
        <source>Hosting call bridge</source>
        <translation>جسر المكالمات المستضيف</translation>
    </message>
    <message>
        <source>Address to dial</source>
        <translation>العنوان المطلوب الاتصال به</translation>
    </message>
    <message>
        <source>Only these participants</source>
        <translation>هؤلاء المشاركون فقط</translation>
    </message>
</context>
<context>
    <name>SchemaValue</name>
    <message>
        <source>All equal</source>
        <translation>الكل بحجم متساوٍ</translation>
    </message>
    <message>
        <source>Speaker only</source>
        <translation>المتحدث فقط</translation>
    </message>
    <message>
        <source>Telepresence</source>
        <translation>الحضور عن بُعد</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>مكدّس</translation>
    </message>
    <message>
        <source>All equal, 2 × 2</source>
        <translation>الكل بحجم متساوٍ، 2 × 2</translation>
    </message>
    <message>
        <source>All equal, 3 × 3</source>
        <translation>الكل بحجم متساوٍ، 3 × 3</translation>
    </message>
    <message>
        <source>All equal, 4 × 4</source>
        <translation>الكل بحجم متساوٍ، 4 × 4</translation>
    </message>
    <message>
        <source>All equal, 5 × 5</source>
        <translation>الكل بحجم متساوٍ، 5 × 5</translation>
    </message>
    <message>
        <source>One large and five small</source>
        <translation>مربع كبير وخمسة مربعات صغيرة</translation>
    </message>
    <message>
        <source>One large and seven small</source>
        <translation>مربع كبير وسبعة مربعات صغيرة</translation>
    </message>
    <message>
        <source>One large and nine small</source>
        <translation>مربع كبير وتسعة مربعات صغيرة</translation>
    </message>
    <message>
        <source>One large and the others small</source>
        <translation>مربع كبير والبقية مربعات صغيرة</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Started by a participant</source>
        <translation>يبدأه أحد المشاركين</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاص</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>الأعضاء فقط</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Those who wait for a host</source>
        <translation>من ينتظرون المضيف</translation>
    </message>
    <message>
        <source>Must be entered</source>
        <translation>يجب إدخاله</translation>
    </message>
    <message>
        <source>Accepted after a wait</source>
        <translation>يُقبل بعد مهلة</translation>
    </message>
    <message>
        <source>Guests wait for a host again</source>
        <translation>ينتظر الضيوف المضيف من جديد</translation>
    </message>
    <message>
        <source>Guests are disconnected</source>
        <translation>يُقطع اتصال الضيوف</translation>
    </message>
    <message>
        <source>The meeting goes on</source>
        <translation>يستمر الاجتماع</translation>
    </message>
    <message>
        <source>Unrestricted</source>
        <translation>غير مقيّد</translation>
    </message>
    <message>
        <source>Up to 1080p at 30 frames/s</source>
        <translation>حتى 1080p بمعدل 30 إطارًا/ث</translation>
    </message>
    <message>
        <source>Up to 720p at 30 frames/s</source>
        <translation>حتى 720p بمعدل 30 إطارًا/ث</translation>
    </message>
    <message>
        <source>Up to 480p at 30 frames/s</source>
        <translation>حتى 480p بمعدل 30 إطارًا/ث</translation>
    </message>
    <message>
        <source>Up to 720p at 5 frames/s</source>
        <translation>حتى 720p بمعدل 5 إطارات/ث</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>When it helps</source>
        <translation>عند الحاجة</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Failed: a URI is already in use</source>
        <translation>فشل: أحد عناوين URI مستخدم بالفعل</translation>
    </message>
    <message>
        <source>Failed: a call ID is already in use</source>
        <translation>فشل: أحد معرّفات المكالمات مستخدم بالفعل</translation>
    </message>
    <message>
        <source>Failed: the index range is not valid</source>
        <translation>فشل: نطاق الفهارس غير صالح</translation>
    </message>
    <message>
        <source>Failed: the index range is too large</source>
        <translation>فشل: نطاق الفهارس كبير جدًا</translation>
    </message>
    <message>
        <source>Failed: the parameter set does not exist</source>
        <translation>فشل: مجموعة المعلمات غير موجودة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>قيد البدء</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>يرن</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>قيد الانتظار</translation>
    </message>
</context>
<context>
    <name>cms::AdHocMeetingStartOperation</name>
    <message>
        <source>A meeting already runs in “%1” on %2.</source>
        <translation>يجري اجتماع بالفعل في «%1» على %2.</translation>
    </message>
    <message>
        <source>%1 does not answer: the meeting is not started there, nor moved to another call bridge without your say.</source>
        <translation>لا يستجيب %1: لا يبدأ الاجتماع عليه، ولا يُنقل إلى جسر مكالمات آخر دون موافقتك.</translation>
    </message>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <extracomment>%1: the space, %2: what changes</extracomment>
        <translation>تجهيز المساحة «%1» للاجتماع: %2 (⁦PUT /%3⁩)</translation>
    </message>
    <message>
        <source>Start the meeting of “%1” on %2 (POST /calls coSpace=%3)</source>
        <extracomment>%1: the space, %2: the call bridge</extracomment>
        <translation>بدء اجتماع «%1» على %2 (⁦POST /calls coSpace=%3⁩)</translation>
    </message>
</context>
<context>
    <name>cms::AdmitOperation</name>
    <message>
        <source>%1 is not waiting in the lobby.</source>
        <translation>لا ينتظر %1 في الردهة.</translation>
    </message>
    <message>
        <source>Let %1 in from the lobby on %2 (PUT /%3 deactivated=false)</source>
        <translation>السماح بدخول %1 من الردهة على %2 (⁦PUT /%3 deactivated=false⁩)</translation>
    </message>
    <message>
        <source>The server accepted the request, but the participant is still in the lobby.</source>
        <translation>قبل الخادم الطلب، لكن المشارك لا يزال في الردهة.</translation>
    </message>
</context>
<context>
    <name>cms::ApiTrace</name>
    <message>
        <source>%1  %2  %3 ms</source>
        <extracomment>Trace heading: start time, call bridge (host:port), duration in milliseconds</extracomment>
        <translation>%1  %2  %3 مللي ثانية</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>(لا يوجد رد)</translation>
    </message>
    <message>
        <source># %1 marks a secret the trace does not keep: put the real value in its place before running.</source>
        <extracomment>A shell comment above a curl command; %1 is the &quot;(redacted)&quot; placeholder</extracomment>
        <translation># تشير %1 إلى قيمة سرية لا يحتفظ بها التتبع: ضع القيمة الحقيقية مكانها قبل التشغيل.</translation>
    </message>
</context>
<context>
    <name>cms::BulkSpaceChange</name>
    <message>
        <source>This space was created automatically for a user; it is removed with the user.</source>
        <translation>أُنشئت هذه المساحة تلقائيًا لمستخدم؛ وتُزال عند إزالة المستخدم.</translation>
    </message>
    <message>
        <source>Space %1 deleted.</source>
        <extracomment>Activity log. %1: space name</extracomment>
        <translation>حُذفت المساحة %1.</translation>
    </message>
    <message>
        <source>Field %1 unset on space %2.</source>
        <extracomment>Activity log. %1: field (API name), %2: space name</extracomment>
        <translation>أُلغي تعيين الحقل %1 في المساحة %2.</translation>
    </message>
    <message>
        <source>Field %1 set on space %2.</source>
        <extracomment>Activity log. %1: field (API name), %2: space name</extracomment>
        <translation>عُيِّن الحقل %1 في المساحة %2.</translation>
    </message>
</context>
<context>
    <name>cms::BulkSyncStatus</name>
    <message>
        <source>The bulk sync is waiting to start on the server.</source>
        <translation>تنتظر المزامنة المجمّعة بدء التشغيل على الخادم.</translation>
    </message>
    <message>
        <source>The server is creating, updating or removing the placeholder spaces.</source>
        <translation>يُنشئ الخادم المساحات المحجوزة أو يحدّثها أو يزيلها.</translation>
    </message>
    <message>
        <source>The bulk sync is complete.</source>
        <translation>اكتملت المزامنة المجمّعة.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: one of the URIs that “%1” makes for indexes %2–%3 is already used by another space or access method. Choose another URI pattern or another range.</source>
        <extracomment>%1: the URI pattern, %2–%3: the index range</extracomment>
        <translation>توقفت المزامنة المجمّعة: أحد عناوين URI التي ينتجها «%1» للفهارس من %2 إلى %3 تستخدمه بالفعل مساحة أخرى أو طريقة دخول أخرى. اختر نمط URI آخر أو نطاقًا آخر.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: one of the call IDs that “%1” makes for indexes %2–%3 is already used by another space or access method. Choose another call ID pattern or another range.</source>
        <extracomment>%1: the call ID pattern, %2–%3: the index range</extracomment>
        <translation>توقفت المزامنة المجمّعة: أحد معرّفات المكالمات التي ينتجها «%1» للفهارس من %2 إلى %3 تستخدمه بالفعل مساحة أخرى أو طريقة دخول أخرى. اختر نمطًا آخر لمعرّف المكالمة أو نطاقًا آخر.</translation>
    </message>
    <message>
        <source>The bulk sync stopped: the server finds the index range %1–%2 invalid (the first index must not come after the last).</source>
        <translation>توقفت المزامنة المجمّعة: يرى الخادم أن نطاق الفهارس من %1 إلى %2 غير صالح (يجب ألا يأتي الفهرس الأول بعد الأخير).</translation>
    </message>
    <message>
        <source>The bulk sync stopped: the range %1–%2 holds more spaces than the server makes in one bulk sync. Create the pool in smaller ranges (grow it range by range).</source>
        <translation>توقفت المزامنة المجمّعة: يضم النطاق من %1 إلى %2 مساحات أكثر مما يُنشئه الخادم في مزامنة مجمّعة واحدة. أنشئ المجموعة على نطاقات أصغر (وسّعها نطاقًا بعد نطاق).</translation>
    </message>
    <message>
        <source>The bulk sync stopped: its bulk parameter set no longer exists on the server (someone deleted it meanwhile).</source>
        <translation>توقفت المزامنة المجمّعة: لم تعد مجموعة المعلمات المجمّعة الخاصة بها موجودة على الخادم (حذفها أحدهم في الأثناء).</translation>
    </message>
    <message>
        <source>The bulk sync failed on the server, which gives no reason: some placeholder spaces of the range %1–%2 may have been made or changed before it stopped.</source>
        <translation>فشلت المزامنة المجمّعة على الخادم دون أن يذكر السبب: ربما أُنشئت بعض المساحات المحجوزة في النطاق من %1 إلى %2 أو تغيّرت قبل توقفها.</translation>
    </message>
    <message>
        <source>The bulk sync ended with a status this console does not know: “%1”.</source>
        <translation>انتهت المزامنة المجمّعة بحالة لا تعرفها وحدة التحكم هذه: «%1».</translation>
    </message>
</context>
<context>
    <name>cms::ClusterRegistry</name>
    <message>
        <source>The cluster was not saved: it needs at least the primary call bridge&apos;s address.</source>
        <translation>لم تُحفظ المجموعة العنقودية: يلزم على الأقل عنوان جسر المكالمات الأساسي.</translation>
    </message>
    <message>
        <source>The cluster “%1” was not saved: a password could not be stored. %2</source>
        <translation>لم تُحفظ المجموعة العنقودية «%1»: تعذّر تخزين كلمة مرور. %2</translation>
    </message>
</context>
<context>
    <name>cms::ClusterSession</name>
    <message>
        <source>The cluster has no call bridge address. Edit the cluster and enter one.</source>
        <translation>لا يوجد عنوان لجسر المكالمات في المجموعة العنقودية. حرّر المجموعة العنقودية وأدخل عنوانًا.</translation>
    </message>
    <message>
        <source>No password is stored for the user “%1” on the call bridge %2. Edit the cluster and enter the password.</source>
        <translation>لا توجد كلمة مرور مخزّنة للمستخدم «%1» على جسر المكالمات %2. حرّر المجموعة العنقودية وأدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Configuration traffic moved from the call bridge %1 to %2. %3</source>
        <translation>انتقلت حركة مرور التكوين من جسر المكالمات %1 إلى %2. %3</translation>
    </message>
    <message>
        <source>Configuration traffic returned from the call bridge %1 to the primary, %2. %3</source>
        <translation>عادت حركة مرور التكوين من جسر المكالمات %1 إلى الجسر الأساسي، %2. %3</translation>
    </message>
    <message>
        <source>The cluster&apos;s call bridges could not be listed. %1</source>
        <translation>تعذّر سرد جسور المكالمات في المجموعة العنقودية. %1</translation>
    </message>
    <message numerus="yes">
        <source>Discovery found %Ln call bridge(s) in the cluster.</source>
        <translation>
            <numerusform>لم يُكتشف أي جسر مكالمات في المجموعة العنقودية.</numerusform>
            <numerusform>اكتُشف جسر مكالمات واحد في المجموعة العنقودية.</numerusform>
            <numerusform>اكتُشف جسرا مكالمات في المجموعة العنقودية.</numerusform>
            <numerusform>اكتُشفت %Ln جسور مكالمات في المجموعة العنقودية.</numerusform>
            <numerusform>اكتُشف %Ln جسرًا للمكالمات في المجموعة العنقودية.</numerusform>
            <numerusform>اكتُشف %Ln جسر مكالمات في المجموعة العنقودية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call bridge %1 does not answer.</source>
        <translation>لا يستجيب جسر المكالمات %1.</translation>
    </message>
    <message>
        <source>The call bridge %1 answers again.</source>
        <translation>يستجيب جسر المكالمات %1 مجددًا.</translation>
    </message>
    <message>
        <source>Connected to the call bridge %1: CMS version %2.</source>
        <translation>تم الاتصال بجسر المكالمات %1: إصدار CMS %2.</translation>
    </message>
    <message>
        <source>The call bridge %1 showed a different certificate from the one pinned for it. Nothing is sent to it until you decide whether to trust the new one.</source>
        <translation>أظهر جسر المكالمات %1 شهادة تختلف عن الشهادة المثبّتة له. لن يُرسَل إليه أي شيء حتى تقرر ما إذا كنت ستثق بالشهادة الجديدة.</translation>
    </message>
    <message>
        <source>The call bridge %1 showed a certificate that is not trusted. Nothing is sent to it until you decide whether to trust it.</source>
        <translation>أظهر جسر المكالمات %1 شهادة غير موثوق بها. لن يُرسَل إليه أي شيء حتى تقرر ما إذا كنت ستثق بها.</translation>
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
        <translation>قبل الخادم الطلب، لكن قراءة %1 مجددًا تُظهر «%2» بدلاً من «%3».</translation>
    </message>
    <message>
        <source>The server accepted the request but did not say what it created.</source>
        <translation>قبل الخادم الطلب لكنه لم يذكر ما الذي أنشأه.</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1, created by this run (deleting it failed: %2).</source>
        <extracomment>%1: the API path of an object that was created and could not be deleted, %2: why</extracomment>
        <translation>متبقٍّ على المجموعة: ‎/%1، أنشأه هذا التشغيل (تعذّر حذفه: %2).</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1 keeps the new values of %2 (putting the old ones back failed: %3).</source>
        <extracomment>%1: API path, %2: the fields that keep their new values, %3: why</extracomment>
        <translation>متبقٍّ على المجموعة: يحتفظ ‎/%1 بالقيم الجديدة لـ %2 (تعذّرت إعادة القيم القديمة: %3).</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
%3
Everything done before it was undone: nothing is left behind.</source>
        <extracomment>%1: step number, %2: the step, %3: why it failed</extracomment>
        <translation>فشلت الخطوة %1: %2
%3
أُلغي كل ما نُفّذ قبلها: لم يبقَ شيء.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
%3
Not everything could be undone:
%4</source>
        <extracomment>%1: step number, %2: the step, %3: why it failed, %4: what is left, one per line</extracomment>
        <translation>فشلت الخطوة %1: %2
%3
تعذّر إلغاء كل شيء:
%4</translation>
    </message>
</context>
<context>
    <name>cms::Connection</name>
    <message numerus="yes">
        <source>The primary call bridge %1 has answered again for %Ln second(s).</source>
        <translation>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ %Ln ثانية.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ ثانية واحدة.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ ثانيتين.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ %Ln ثوانٍ.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ %Ln ثانيةً.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>It did not answer the health check.</source>
        <translation>لم يستجب لفحص السلامة.</translation>
    </message>
    <message>
        <source>It took %1 ms to answer the health check.</source>
        <translation>استغرق %1 مللي ثانية للاستجابة لفحص السلامة.</translation>
    </message>
    <message>
        <source>Call bridge %1 failed after it received the request to create %2. It may have been created, so it was not sent again to another call bridge: check before creating it again.</source>
        <translation>تعطّل جسر المكالمات %1 بعد أن تلقّى طلب الإنشاء في %2. ربما يكون الكائن قد أُنشئ، لذا لم يُرسَل الطلب مرة أخرى إلى جسر مكالمات آخر: تحقّق قبل إنشائه مرة أخرى.</translation>
    </message>
    <message>
        <source>Call bridge %1 does not answer.</source>
        <translation>لا يستجيب جسر المكالمات %1.</translation>
    </message>
    <message>
        <source>Call bridge %1 does not answer: %2</source>
        <translation>لا يستجيب جسر المكالمات %1: %2</translation>
    </message>
</context>
<context>
    <name>cms::DialAddress</name>
    <message>
        <source>Type the address to dial: a URI such as alice@example.com, or a telephone number.</source>
        <translation>اكتب العنوان المطلوب الاتصال به: معرّف URI مثل alice@example.com، أو رقم هاتف.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>لا يمكن أن يحتوي العنوان على مسافات.</translation>
    </message>
    <message>
        <source>Type the name before the @, as in alice@example.com.</source>
        <translation>اكتب الاسم قبل @، كما في alice@example.com.</translation>
    </message>
    <message>
        <source>Type the domain after the @, as in alice@example.com.</source>
        <translation>اكتب النطاق بعد @، كما في alice@example.com.</translation>
    </message>
    <message>
        <source>An address holds only one @.</source>
        <translation>لا يحتوي العنوان إلا على @ واحدة.</translation>
    </message>
    <message>
        <source>The character %1 cannot be used before the @.</source>
        <translation>لا يمكن استخدام الحرف %1 قبل @.</translation>
    </message>
    <message>
        <source>%1 is not a domain name or an IP address.</source>
        <translation>%1 ليس اسم نطاق ولا عنوان IP.</translation>
    </message>
    <message>
        <source>%1 has no domain: type the whole address, as in %2.</source>
        <translation>ينقص %1 النطاق: اكتب العنوان كاملًا، مثل %2.</translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535).</source>
        <translation>%1 ليس رقم منفذ (من 1 إلى 65535).</translation>
    </message>
    <message>
        <source>A telephone number holds only digits, with an optional + first.</source>
        <translation>لا يحتوي رقم الهاتف إلا على أرقام، ويمكن أن تسبقها علامة +.</translation>
    </message>
</context>
<context>
    <name>cms::DialOutOperation</name>
    <message>
        <source>Dial %1 from the call “%2” on %3 (POST /calls/%4/callLegs)</source>
        <translation>الاتصال بـ %1 من المكالمة «%2» على %3 (⁦POST /calls/%4/callLegs⁩)</translation>
    </message>
</context>
<context>
    <name>cms::DisconnectOperation</name>
    <message>
        <source>Disconnect %1 on %2 (DELETE /%3)</source>
        <translation>قطع اتصال %1 على %2 (⁦DELETE /%3⁩)</translation>
    </message>
</context>
<context>
    <name>cms::EndCallOperation</name>
    <message>
        <source>End the call “%1” on %2 for everyone (DELETE /calls/%3)</source>
        <translation>إنهاء المكالمة «%1» على %2 لجميع المشاركين (⁦DELETE /calls/%3⁩)</translation>
    </message>
</context>
<context>
    <name>cms::EventsClient</name>
    <message>
        <source>The events connection did not open in time.</source>
        <translation>لم يُفتح اتصال الأحداث في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The call bridge gave no events token.</source>
        <translation>لم يقدّم جسر المكالمات أي رمز مميز للأحداث.</translation>
    </message>
    <message>
        <source>The call bridge presented a certificate other than the pinned one.</source>
        <translation>قدّم جسر المكالمات شهادة غير الشهادة المثبّتة.</translation>
    </message>
</context>
<context>
    <name>cms::LiveOperation</name>
    <message>
        <source>The server accepted the request, but the object is still there.</source>
        <translation>قبل الخادم الطلب، لكن الكائن لا يزال موجودًا.</translation>
    </message>
</context>
<context>
    <name>cms::MeetingEndOperation</name>
    <message>
        <source>“%1” is not a placeholder of any pool: give the name to put back on it.</source>
        <translation>«%1» ليست مساحة محجوزة في أي مجموعة: حدّد الاسم الذي يُعاد إليها.</translation>
    </message>
    <message>
        <source>No meeting runs in “%1”: only the placeholder is put back.</source>
        <translation>لا يجري أي اجتماع في «%1»: تُعاد المساحة المحجوزة فقط.</translation>
    </message>
    <message>
        <source>Put the placeholder back on “%1”: %2 (PUT /%3)</source>
        <translation>إعادة المساحة المحجوزة على «%1»: %2 (⁦PUT /%3⁩)</translation>
    </message>
    <message>
        <source>End the meeting&apos;s call on %1 for everyone (DELETE /%2)</source>
        <translation>إنهاء مكالمة الاجتماع على %1 للجميع (⁦DELETE /%2⁩)</translation>
    </message>
    <message>
        <source>The meeting&apos;s call bridge %1 does not answer (%2): its meeting is not moved to another call bridge.</source>
        <translation>لا يستجيب جسر المكالمات الخاص بالاجتماع %1 (%2): لا يُنقل اجتماعه إلى جسر مكالمات آخر.</translation>
    </message>
    <message>
        <source>The server accepted the request, but the meeting&apos;s call is still there.</source>
        <translation>قبل الخادم الطلب، لكن مكالمة الاجتماع لا تزال موجودة.</translation>
    </message>
</context>
<context>
    <name>cms::MeetingExtendOperation</name>
    <message>
        <source>No meeting runs in “%1”: there is nothing to extend.</source>
        <translation>لا يجري أي اجتماع في «%1»: لا يوجد ما يُمدَّد.</translation>
    </message>
    <message>
        <source>No meeting of “%1” was found. %2</source>
        <translation>لم يُعثر على أي اجتماع لـ«%1». %2</translation>
    </message>
    <message>
        <source>Check that the meeting still runs on %1 (GET /calls/%2)</source>
        <translation>التحقق من أن الاجتماع لا يزال جاريًا على %1 (⁦GET /calls/%2⁩)</translation>
    </message>
    <message>
        <source>The meeting ended meanwhile: there is nothing to extend.</source>
        <translation>انتهى الاجتماع في الأثناء: لا يوجد ما يُمدَّد.</translation>
    </message>
    <message>
        <source>The meeting&apos;s call bridge %1 does not answer (%2): a meeting is not moved to another call bridge, so it cannot be extended.</source>
        <extracomment>%1: the call bridge, %2: why</extracomment>
        <translation>لا يستجيب جسر المكالمات الخاص بالاجتماع %1 (%2): لا يُنقل الاجتماع إلى جسر مكالمات آخر، لذا لا يمكن تمديده.</translation>
    </message>
    <message>
        <source>Extend the meeting in “%1”: %2 again (PUT /%3)</source>
        <translation>تمديد الاجتماع في «%1»: %2 مرة أخرى (⁦PUT /%3⁩)</translation>
    </message>
</context>
<context>
    <name>cms::MeetingOperation</name>
    <message>
        <source>%1 does not answer: a meeting that ran there has ended with it, and CMS does not move running meetings to another call bridge.</source>
        <extracomment>%1: call bridges that do not answer</extracomment>
        <translation>لا يستجيب %1: انتهى معه أي اجتماع كان يجري عليه، ولا ينقل CMS الاجتماعات الجارية إلى جسر مكالمات آخر.</translation>
    </message>
    <message>
        <source>a new secret</source>
        <translation>سر جديد</translation>
    </message>
    <message>
        <source>no passcode</source>
        <translation>بلا رمز مرور</translation>
    </message>
    <message>
        <source>passcode •••</source>
        <translation>رمز المرور •••</translation>
    </message>
    <message>
        <source>non-members may join</source>
        <translation>يمكن لغير الأعضاء الانضمام</translation>
    </message>
    <message>
        <source>non-members may not join</source>
        <translation>لا يمكن لغير الأعضاء الانضمام</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>الاسم «%1»</translation>
    </message>
    <message>
        <source>The server accepted the change, but %1 reads back as “%2” instead of “%3”.</source>
        <translation>قبل الخادم التغيير، لكن قراءة %1 تُظهر «%2» بدلًا من «%3».</translation>
    </message>
    <message>
        <source>The server accepted the change, but the space&apos;s secret is still the old one: links to the last meeting would still let people in.</source>
        <translation>قبل الخادم التغيير، لكن سر المساحة لا يزال القديم: ستظل روابط الاجتماع السابق تسمح بالدخول.</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1 keeps the meeting&apos;s values (putting the old ones back failed: %2).</source>
        <extracomment>%1: API path, %2: why</extracomment>
        <translation>متبقٍّ على المجموعة العنقودية: يحتفظ /%1 بقيم الاجتماع (فشلت إعادة القيم القديمة: %2).</translation>
    </message>
    <message>
        <source>The call that started does not belong to the space.</source>
        <translation>المكالمة التي بدأت لا تنتمي إلى المساحة.</translation>
    </message>
    <message>
        <source>Left on %1: the call %2, started by this run (ending it failed: %3).</source>
        <translation>متبقٍّ على %1: المكالمة %2 التي بدأها هذا التشغيل (فشل إنهاؤها: %3).</translation>
    </message>
</context>
<context>
    <name>cms::MeetingStartOperation</name>
    <message>
        <source>A meeting needs a name.</source>
        <translation>يحتاج الاجتماع إلى اسم.</translation>
    </message>
    <message>
        <source>A meeting already runs in “%1” on %2: extend it or end it.</source>
        <translation>يجري اجتماع بالفعل في «%1» على %2: مدّده أو أنهِه.</translation>
    </message>
    <message>
        <source>There is no call bridge number %1.</source>
        <translation>لا يوجد جسر مكالمات رقم %1.</translation>
    </message>
    <message>
        <source>%1 does not answer: the meeting is not started there, nor moved to another call bridge without your say.</source>
        <translation>لا يستجيب %1: لا يبدأ الاجتماع عليه، ولا يُنقل إلى جسر مكالمات آخر دون موافقتك.</translation>
    </message>
    <message>
        <source>No call bridge of the cluster answers: the meeting cannot start.</source>
        <translation>لا يستجيب أي جسر مكالمات في المجموعة العنقودية: لا يمكن بدء الاجتماع.</translation>
    </message>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <extracomment>%1: the space, %2: what changes</extracomment>
        <translation>تجهيز المساحة «%1» للاجتماع: %2 (⁦PUT /%3⁩)</translation>
    </message>
    <message>
        <source>Start the meeting “%1” on %2 (POST /calls coSpace=%3)</source>
        <extracomment>%1: the meeting&apos;s name, %2: the call bridge</extracomment>
        <translation>بدء الاجتماع «%1» على %2 (⁦POST /calls coSpace=%3⁩)</translation>
    </message>
    <message>
        <source>Dial %1 into the meeting from %2 (POST /calls/…/callLegs remoteParty=%1)</source>
        <extracomment>%1: the address dialled, %2: the call bridge</extracomment>
        <translation>الاتصال بـ%1 إلى الاجتماع من %2 (⁦POST /calls/…/callLegs remoteParty=%1⁩)</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 متصل.</translation>
    </message>
    <message>
        <source>%1 is ringing.</source>
        <translation>يرن %1.</translation>
    </message>
    <message>
        <source>%1 is on hold.</source>
        <translation>%1 قيد الانتظار.</translation>
    </message>
    <message>
        <source>%1 is being dialled.</source>
        <translation>يجري الاتصال بـ%1.</translation>
    </message>
    <message>
        <source>Left in the meeting: the call to %1 (hanging up failed: %2).</source>
        <translation>متبقٍّ في الاجتماع: المكالمة إلى %1 (فشل قطعها: %2).</translation>
    </message>
</context>
<context>
    <name>cms::MuteOperation</name>
    <message>
        <source>Mute the audio of %1 on %2 (PUT /%3)</source>
        <translation>كتم صوت %1 على %2 (⁦PUT /%3⁩)</translation>
    </message>
    <message>
        <source>Unmute the audio of %1 on %2 (PUT /%3)</source>
        <translation>إلغاء كتم صوت %1 على %2 (⁦PUT /%3⁩)</translation>
    </message>
    <message>
        <source>Stop the video of %1 on %2 (PUT /%3)</source>
        <translation>إيقاف فيديو %1 على %2 (⁦PUT /%3⁩)</translation>
    </message>
    <message>
        <source>Restore the video of %1 on %2 (PUT /%3)</source>
        <translation>استعادة فيديو %1 على %2 (⁦PUT /%3⁩)</translation>
    </message>
    <message>
        <source>The server accepted the change, but the call leg still shows the old mute state.</source>
        <translation>قبل الخادم التغيير، لكن مقطع المكالمة لا يزال يُظهر حالة الكتم السابقة.</translation>
    </message>
</context>
<context>
    <name>cms::Operation</name>
    <message>
        <source>The connection to the cluster was closed before the operation ended.</source>
        <translation>أُغلق الاتصال بالمجموعة العنقودية قبل انتهاء العملية.</translation>
    </message>
    <message>
        <source>Not undone, because the connection to the cluster was closed: %1</source>
        <extracomment>%1: the step, as in the preview</extracomment>
        <translation>لم يُتراجع عنه لأن الاتصال بالمجموعة العنقودية أُغلق: %1</translation>
    </message>
</context>
<context>
    <name>cms::ParticipantMove</name>
    <message>
        <source>Nothing happened: the participant is still where it was.</source>
        <translation>لم يحدث شيء: لا يزال المشارك في مكانه.</translation>
    </message>
    <message>
        <source>The participant was dropped from the call and never joined the target meeting.</source>
        <translation>انقطع اتصال المشارك بالمكالمة ولم ينضم قط إلى الاجتماع الهدف.</translation>
    </message>
    <message>
        <source>The participant landed in another meeting than the one asked for.</source>
        <translation>انتهى المطاف بالمشارك في اجتماع غير الاجتماع المطلوب.</translation>
    </message>
    <message>
        <source>The call bridge %1 that hosts the target call is not healthy.</source>
        <translation>جسر المكالمات %1 الذي يستضيف المكالمة الهدف ليس في حالة سليمة.</translation>
    </message>
    <message>
        <source>Moving participants needs CMS 2.6 or later; the server runs %1.</source>
        <translation>يتطلب نقل المشاركين الإصدار CMS 2.6 أو أحدث؛ ويعمل الخادم بالإصدار %1.</translation>
    </message>
    <message>
        <source>Web app participants can be moved from CMS 3.2; the server runs %1.</source>
        <translation>لا يمكن نقل مشاركي تطبيق الويب إلا بدءًا من CMS 3.2؛ ويعمل الخادم بالإصدار %1.</translation>
    </message>
    <message>
        <source>%1 cannot be moved (for example a Lync or Skype participant, or one in a dual-homed meeting).</source>
        <translation>لا يمكن نقل %1 (مثل مشارك Lync أو Skype، أو مشارك في اجتماع مزدوج الاستضافة).</translation>
    </message>
    <message>
        <source>%1 is already in that meeting.</source>
        <translation>يوجد %1 بالفعل في ذلك الاجتماع.</translation>
    </message>
    <message>
        <source>Move %1 into the call %2 on %3 (POST /calls/%2/participants movedParticipant=%4 needsActivation=false)</source>
        <translation>نقل %1 إلى المكالمة %2 على %3 (⁦POST /calls/%2/participants movedParticipant=%4 needsActivation=false⁩)</translation>
    </message>
    <message>
        <source>%1 arrived in the target meeting, but is still listed in the original call.</source>
        <translation>وصل %1 إلى الاجتماع الهدف، لكنه لا يزال مدرجًا في المكالمة الأصلية.</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderPool</name>
    <message>
        <source>The %1 pattern is missing.</source>
        <extracomment>%1: which pattern (the name, the URI)</extracomment>
        <translation>نمط %1 مفقود.</translation>
    </message>
    <message>
        <source>The %1 pattern “%2” must hold $index$ exactly once.</source>
        <extracomment>%1: which pattern, %2: the pattern as typed</extracomment>
        <translation>يجب أن يحتوي نمط %1 «%2» على $index$ مرة واحدة بالضبط.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>call ID</source>
        <translation>معرّف المكالمة</translation>
    </message>
    <message>
        <source>A call ID holds digits only: the call ID pattern may hold nothing but digits around $index$.</source>
        <translation>يتكون معرّف المكالمة من أرقام فقط: لا يجوز أن يحتوي نمط معرّف المكالمة إلا على أرقام حول $index$.</translation>
    </message>
    <message>
        <source>The range %1–%2 is not valid: the first index must be 0 or more, and not after the last.</source>
        <translation>النطاق من %1 إلى %2 غير صالح: يجب أن يكون الفهرس الأول 0 أو أكثر، وألا يأتي بعد الأخير.</translation>
    </message>
    <message>
        <source>The range %1–%2 overlaps the pool&apos;s range %3–%4.</source>
        <extracomment>%1–%2: the range asked for, %3–%4: a range the pool already has</extracomment>
        <translation>يتداخل النطاق من %1 إلى %2 مع نطاق المجموعة من %3 إلى %4.</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderPoolReader</name>
    <message>
        <source>The meetings of %1 could not be read: %2</source>
        <extracomment>%1: a call bridge, %2: why</extracomment>
        <translation>تعذرت قراءة اجتماعات %1: %2</translation>
    </message>
</context>
<context>
    <name>cms::PlaceholderState</name>
    <message>
        <source>No space has the placeholder&apos;s URI %1: it was deleted, or its URI was changed.</source>
        <translation>لا توجد مساحة بعنوان URI المساحة المحجوزة %1: حُذفت، أو تغيّر عنوان URI الخاص بها.</translation>
    </message>
    <message>
        <source>A meeting runs, but non-members may not join: only the space&apos;s members get in.</source>
        <translation>يجري اجتماع، لكن لا يمكن لغير الأعضاء الانضمام: لا يدخل إلا أعضاء المساحة.</translation>
    </message>
    <message>
        <source>No meeting runs, but the space is named “%1” instead of “%2”: a meeting may have ended without the placeholder being put back.</source>
        <extracomment>%1: the space&apos;s name, %2: the placeholder&apos;s own name</extracomment>
        <translation>لا يجري أي اجتماع، لكن اسم المساحة «%1» بدلًا من «%2»: ربما انتهى اجتماع دون إعادة المساحة المحجوزة.</translation>
    </message>
    <message>
        <source>No meeting runs, but non-members may join: anyone who knows the URI can start a call in this placeholder.</source>
        <translation>لا يجري أي اجتماع، لكن يمكن لغير الأعضاء الانضمام: يستطيع أي شخص يعرف عنوان URI بدء مكالمة في هذه المساحة المحجوزة.</translation>
    </message>
    <message>
        <source>No meeting runs, but the space still has a meeting&apos;s passcode.</source>
        <translation>لا يجري أي اجتماع، لكن المساحة لا تزال تحمل رمز مرور اجتماع.</translation>
    </message>
    <message>
        <source>free</source>
        <comment>placeholder state</comment>
        <translation>متاحة</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <comment>placeholder state</comment>
        <translation>في اجتماع</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <comment>placeholder state</comment>
        <translation>غير متسقة</translation>
    </message>
</context>
<context>
    <name>cms::PoolAddRangeOperation</name>
    <message>
        <source>A pool with the name pattern “%1” exists already: grow it instead.</source>
        <translation>توجد بالفعل مجموعة بنمط الاسم «%1»: وسّعها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>لا توجد مجموعة بنمط الاسم «%1».</translation>
    </message>
    <message>
        <source>A pool grows by one placeholder at least.</source>
        <translation>تتوسع المجموعة بمساحة محجوزة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>cms::PoolBulkOperation</name>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Create the bulk parameter set of the placeholders %1 to %2: names “%3”, URIs “%4”, call IDs “%5”, non-members not allowed (POST /cospaceBulkParameterSets)</source>
        <extracomment>%1–%2: index range, %3: name pattern, %4: URI pattern, %5: call ID pattern</extracomment>
        <translation>إنشاء مجموعة المعلمات المجمّعة للمساحات المحجوزة من %1 إلى %2: الأسماء «%3»، وعناوين URI «%4»، ومعرّفات المكالمات «%5»، دون السماح لغير الأعضاء (⁦POST /cospaceBulkParameterSets⁩)</translation>
    </message>
    <message>
        <source>The server accepted the request but did not say what it created.</source>
        <translation>قبل الخادم الطلب لكنه لم يذكر ما أنشأه.</translation>
    </message>
    <message>
        <source>The server accepted the request, but %1 reads back as “%2” instead of “%3”.</source>
        <translation>قبل الخادم الطلب، لكن قراءة %1 تُظهر «%2» بدلًا من «%3».</translation>
    </message>
    <message>
        <source>Left on the cluster: /%1, created by this run (deleting it failed: %2).</source>
        <extracomment>%1: the API path of an object that was created and could not be deleted, %2: why</extracomment>
        <translation>متبقٍّ على المجموعة العنقودية: /%1 الذي أنشأه هذا التشغيل (فشل حذفه: %2).</translation>
    </message>
    <message>
        <source>Delete the bulk parameter set of the placeholders %1 to %2 (DELETE /cospaceBulkParameterSets/%3)</source>
        <translation>حذف مجموعة المعلمات المجمّعة للمساحات المحجوزة من %1 إلى %2 (⁦DELETE /cospaceBulkParameterSets/%3⁩)</translation>
    </message>
    <message>
        <source>The bulk parameter set of the placeholders %1 to %2 could not be made again: %3</source>
        <translation>تعذرت إعادة إنشاء مجموعة المعلمات المجمّعة للمساحات المحجوزة من %1 إلى %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs removeAll=true)</source>
        <translation>
            <numerusform>إزالة المساحات المحجوزة في النطاق من %1 إلى %2 (لا شيء) بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs removeAll=true⁩)</numerusform>
            <numerusform>إزالة المساحة المحجوزة الوحيدة في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs removeAll=true⁩)</numerusform>
            <numerusform>إزالة المساحتين المحجوزتين في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs removeAll=true⁩)</numerusform>
            <numerusform>إزالة %n مساحات محجوزة في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs removeAll=true⁩)</numerusform>
            <numerusform>إزالة %n مساحة محجوزة في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs removeAll=true⁩)</numerusform>
            <numerusform>إزالة %n مساحة محجوزة في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs removeAll=true⁩)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs)</source>
        <translation>
            <numerusform>إنشاء المساحات المحجوزة في النطاق من %1 إلى %2 (لا شيء) بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs⁩)</numerusform>
            <numerusform>إنشاء المساحة المحجوزة الوحيدة في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs⁩)</numerusform>
            <numerusform>إنشاء المساحتين المحجوزتين في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs⁩)</numerusform>
            <numerusform>إنشاء %n مساحات محجوزة في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs⁩)</numerusform>
            <numerusform>إنشاء %n مساحة محجوزة في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs⁩)</numerusform>
            <numerusform>إنشاء %n مساحة محجوزة في النطاق من %1 إلى %2 بمزامنة مجمّعة تُتابَع حتى نهايتها (⁦POST /cospaceBulkSyncs⁩)</numerusform>
        </translation>
    </message>
    <message>
        <source>The placeholders %1 to %2 could not be made again: %3</source>
        <translation>تعذرت إعادة إنشاء المساحات المحجوزة من %1 إلى %2: %3</translation>
    </message>
    <message>
        <source>Left on the cluster: the placeholders %1 to %2 this run may have made (removing them failed: %3).</source>
        <translation>متبقٍّ على المجموعة العنقودية: المساحات المحجوزة من %1 إلى %2 التي ربما أنشأها هذا التشغيل (فشلت إزالتها: %3).</translation>
    </message>
</context>
<context>
    <name>cms::PoolRemoveOperation</name>
    <message>
        <source>No pool has the name pattern “%1”.</source>
        <translation>لا توجد مجموعة بنمط الاسم «%1».</translation>
    </message>
    <message>
        <source>The pool is not removed while a call bridge&apos;s meetings cannot be read:
%1</source>
        <translation>لا تُزال المجموعة ما دامت اجتماعات أحد جسور المكالمات لا يمكن قراءتها:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder(s) of the pool hold a meeting: end those meetings first.</source>
        <translation>
            <numerusform>لا توجد مساحات محجوزة في المجموعة تستضيف اجتماعًا.</numerusform>
            <numerusform>مساحة محجوزة واحدة في المجموعة تستضيف اجتماعًا: أنهِ هذا الاجتماع أولًا.</numerusform>
            <numerusform>مساحتان محجوزتان في المجموعة تستضيفان اجتماعين: أنهِ هذين الاجتماعين أولًا.</numerusform>
            <numerusform>%n مساحات محجوزة في المجموعة تستضيف اجتماعات: أنهِ هذه الاجتماعات أولًا.</numerusform>
            <numerusform>%n مساحة محجوزة في المجموعة تستضيف اجتماعات: أنهِ هذه الاجتماعات أولًا.</numerusform>
            <numerusform>%n مساحة محجوزة في المجموعة تستضيف اجتماعات: أنهِ هذه الاجتماعات أولًا.</numerusform>
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
        <translation>لا يمكن أن يحل «%1» محل نفسه.</translation>
    </message>
    <message>
        <source>«%1» is neither re-pointed nor deleted, because it may be used where the console cannot see: %2</source>
        <translation>لم يُعَد توجيه مراجع «%1» ولم يُحذف، لأنه قد يكون مستخدمًا في أماكن لا تراها وحدة التحكم: %2</translation>
    </message>
    <message>
        <source>Space members: the server says some use «%1» but not which, so the console cannot re-point them; change them in the spaces&apos; member lists first.</source>
        <translation>أعضاء المساحات: يفيد الخادم بأن بعضهم يستخدم «%1» دون أن يحدد من هم، لذا لا تستطيع وحدة التحكم إعادة توجيههم؛ غيّرهم أولًا في قوائم أعضاء المساحات.</translation>
    </message>
    <message>
        <source>Access methods: the server says some use «%1» but not which, so the console cannot re-point them; change them in the spaces&apos; access methods first.</source>
        <translation>طرق الوصول: يفيد الخادم بأن بعضها يستخدم «%1» دون أن يحدد أيها، لذا لا تستطيع وحدة التحكم إعادة توجيهها؛ غيّرها أولًا في طرق الوصول الخاصة بالمساحات.</translation>
    </message>
    <message>
        <source>Spaces: the API cannot list the spaces that use «%1»; the console has read %2 of %3 spaces in detail, so others may use it.</source>
        <translation>المساحات: لا تتيح واجهة API سرد المساحات التي تستخدم «%1»؛ وقد قرأت وحدة التحكم تفاصيل %2 من أصل %3 مساحة، لذا قد تستخدمه مساحات أخرى.</translation>
    </message>
    <message>
        <source>Spaces: the API offers no way to find the spaces that use «%1».</source>
        <translation>المساحات: لا توفر واجهة API أي طريقة لمعرفة المساحات التي تستخدم «%1».</translation>
    </message>
    <message>
        <source>Access methods: the API offers no way to find the access methods that use «%1».</source>
        <translation>طرق الوصول: لا توفر واجهة API أي طريقة لمعرفة طرق الوصول التي تستخدم «%1».</translation>
    </message>
    <message>
        <source>Space members: the API offers no way to find the members that use «%1».</source>
        <translation>أعضاء المساحات: لا توفر واجهة API أي طريقة لمعرفة الأعضاء الذين يستخدمون «%1».</translation>
    </message>
    <message>
        <source>Some objects: the API offers no way to find all that use «%1».</source>
        <translation>بعض الكائنات: لا توفر واجهة API أي طريقة لمعرفة كل ما يستخدم «%1».</translation>
    </message>
    <message>
        <source>Global profiles</source>
        <translation>ملفات التعريف العامة</translation>
    </message>
    <message>
        <source>Tenant «%1»</source>
        <translation>المستأجر «%1»</translation>
    </message>
    <message>
        <source>Space «%1»</source>
        <translation>المساحة «%1»</translation>
    </message>
    <message>
        <source>Space template «%1»</source>
        <translation>قالب المساحة «%1»</translation>
    </message>
    <message>
        <source>Access method template «%1»</source>
        <translation>قالب طريقة الوصول «%1»</translation>
    </message>
    <message>
        <source>Access method «%1»</source>
        <translation>طريقة الوصول «%1»</translation>
    </message>
    <message>
        <source>Space member «%1»</source>
        <translation>عضو المساحة «%1»</translation>
    </message>
    <message>
        <source>%1: no longer use «%2», so the level above applies (PUT /%3 %4=)</source>
        <extracomment>%1: where, as in &quot;Space «Board»&quot;; %2: the profile</extracomment>
        <translation>%1: التوقف عن استخدام «%2»، فيُطبَّق المستوى الأعلى (⁦PUT /%3 %4=⁩)</translation>
    </message>
    <message>
        <source>%1: use «%2» instead of «%3» (PUT /%4 %5=%6)</source>
        <extracomment>%1: where, as in &quot;Space «Board»&quot;; %2: the replacement; %3: the profile deleted</extracomment>
        <translation>%1: استخدام «%2» بدلًا من «%3» (⁦PUT /%4 %5=%6⁩)</translation>
    </message>
    <message>
        <source>Check that «%1» is used nowhere any more</source>
        <translation>التحقق من أن «%1» لم يعد مستخدمًا في أي مكان</translation>
    </message>
    <message>
        <source>«%1» is still in use (something may have been pointed to it meanwhile): it is not deleted.</source>
        <translation>لا يزال «%1» قيد الاستخدام (ربما جُعل شيء ما يشير إليه في الأثناء): لم يُحذف.</translation>
    </message>
    <message>
        <source>Delete «%1» (DELETE /%2)</source>
        <translation>حذف «%1» (⁦DELETE /%2⁩)</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerCommands</name>
    <message>
        <source>Give an interface: a, b, c or d, or none to turn the scheduler&apos;s HTTPS API off.</source>
        <translation>حدّد واجهة: a أو b أو c أو d، أو none لإيقاف واجهة HTTPS API الخاصة بالمجدول.</translation>
    </message>
    <message>
        <source>“%1” is not an interface: use a, b, c or d, or none.</source>
        <translation>«%1» ليست واجهة: استخدم a أو b أو c أو d، أو none.</translation>
    </message>
    <message>
        <source>Give a port, from 1 to 65535.</source>
        <translation>حدّد منفذًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>“%1” is not a port: use a number from 1 to 65535.</source>
        <translation>«%1» ليس منفذًا: استخدم رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Give the name of the file on the server.</source>
        <translation>حدّد اسم الملف على الخادم.</translation>
    </message>
    <message>
        <source>“%1” is not a file name the server takes: use letters, digits, “.”, “_” and “-” only, without spaces, and do not start with “.” or “-”.</source>
        <translation>«%1» ليس اسم ملف يقبله الخادم: استخدم الحروف والأرقام و«.» و«_» و«-» فقط، دون مسافات، ولا تبدأ بـ«.» أو «-».</translation>
    </message>
    <message>
        <source>Give the e-mail server&apos;s hostname or address.</source>
        <translation>حدّد اسم مضيف خادم البريد الإلكتروني أو عنوانه.</translation>
    </message>
    <message>
        <source>“%1” is neither a hostname nor an address.</source>
        <translation>«%1» ليس اسم مضيف ولا عنوانًا.</translation>
    </message>
    <message>
        <source>“%1” cannot be typed as one word on the server&apos;s console: use letters, digits, “.”, “_”, “@”, “+” and “-” only.</source>
        <translation>لا يمكن كتابة «%1» كلمةً واحدة في وحدة تحكم الخادم: استخدم الحروف والأرقام و«.» و«_» و«@» و«+» و«-» فقط.</translation>
    </message>
    <message>
        <source>The scheduler&apos;s own HTTPS API listens on interface %1, port %2.</source>
        <extracomment>%1: an interface letter (a to d), %2: a port number</extracomment>
        <translation>تستمع واجهة HTTPS API الخاصة بالمجدول على الواجهة %1، المنفذ %2.</translation>
    </message>
    <message>
        <source>The key and full-chain certificate the scheduler&apos;s HTTPS API presents.</source>
        <translation>المفتاح والشهادة ذات السلسلة الكاملة اللذان تقدّمهما واجهة HTTPS API الخاصة بالمجدول.</translation>
    </message>
    <message>
        <source>The scheduler&apos;s own HTTPS API stays off.</source>
        <translation>تبقى واجهة HTTPS API الخاصة بالمجدول متوقفة.</translation>
    </message>
    <message>
        <source>The key and full-chain certificate the scheduler presents to each web bridge (C2W).</source>
        <translation>المفتاح والشهادة ذات السلسلة الكاملة اللذان يقدّمهما المجدول لكل جسر ويب (C2W).</translation>
    </message>
    <message>
        <source>The bundle of every web bridge&apos;s certificate: the scheduler trusts the web bridges it connects to.</source>
        <translation>حزمة شهادات جميع جسور الويب: يثق المجدول بجسور الويب التي يتصل بها.</translation>
    </message>
    <message>
        <source>The e-mail server the scheduler sends its invitations through.</source>
        <translation>خادم البريد الإلكتروني الذي يرسل المجدول دعواته عبره.</translation>
    </message>
    <message>
        <source>SMTPS: the connection to the e-mail server is encrypted from the start.</source>
        <translation>SMTPS: الاتصال بخادم البريد الإلكتروني مشفّر منذ البداية.</translation>
    </message>
    <message>
        <source>SMTP: the connection to the e-mail server starts unencrypted.</source>
        <translation>SMTP: يبدأ الاتصال بخادم البريد الإلكتروني دون تشفير.</translation>
    </message>
    <message>
        <source>Signing in to the e-mail server needs a user name.</source>
        <translation>يتطلب تسجيل الدخول إلى خادم البريد الإلكتروني اسم مستخدم.</translation>
    </message>
    <message>
        <source>No user name for the e-mail server.</source>
        <translation>لا اسم مستخدم لخادم البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The user name for the e-mail server. Its password is never written here: type it on the server&apos;s console, at its own prompt.</source>
        <translation>اسم المستخدم لخادم البريد الإلكتروني. لا تُكتب كلمة المرور هنا أبدًا: اكتبها في وحدة تحكم الخادم، عند مطالبتها.</translation>
    </message>
    <message>
        <source>The scheduler signs in to the e-mail server.</source>
        <translation>يسجّل المجدول الدخول إلى خادم البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The scheduler does not sign in to the e-mail server.</source>
        <translation>لا يسجّل المجدول الدخول إلى خادم البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The connection to the e-mail server is upgraded to TLS (STARTTLS).</source>
        <translation>يُرقّى الاتصال بخادم البريد الإلكتروني إلى TLS (STARTTLS).</translation>
    </message>
    <message>
        <source>The connection to the e-mail server is not upgraded to TLS (STARTTLS).</source>
        <translation>لا يُرقّى الاتصال بخادم البريد الإلكتروني إلى TLS (STARTTLS).</translation>
    </message>
    <message>
        <source>No trust bundle of your own for the e-mail server.</source>
        <translation>لا حزمة ثقة خاصة بك لخادم البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The bundle of certificates the scheduler trusts for the e-mail server.</source>
        <translation>حزمة الشهادات التي يثق بها المجدول لخادم البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>On each web bridge: the bundle of every scheduler&apos;s and call bridge&apos;s certificate, so that the web bridge trusts them.</source>
        <translation>على كل جسر ويب: حزمة شهادات جميع المجدولات وجسور المكالمات، ليثق بها جسر الويب.</translation>
    </message>
    <message>
        <source>Starts the scheduler; it checks that each key matches its certificate and that each full chain verifies.</source>
        <translation>يشغّل المجدول؛ ويتحقق من أن كل مفتاح يطابق شهادته وأن كل سلسلة كاملة صالحة.</translation>
    </message>
    <message>
        <source>Says whether the scheduler runs and whether HTTPS, C2W and e-mail are configured.</source>
        <translation>يبيّن هل يعمل المجدول وهل HTTPS وC2W والبريد الإلكتروني مكوَّنة.</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerReadinessCheck</name>
    <message>
        <source>CMS 3.3 or later</source>
        <translation>CMS 3.3 أو أحدث</translation>
    </message>
    <message>
        <source>A call leg profile that holds guests in the lobby</source>
        <translation>ملف تعريف مقطع مكالمة يُبقي الضيوف في الردهة</translation>
    </message>
    <message>
        <source>A call leg profile that lets hosts start the meeting</source>
        <translation>ملف تعريف مقطع مكالمة يتيح للمضيفين بدء الاجتماع</translation>
    </message>
    <message>
        <source>A space template for scheduled meetings</source>
        <translation>قالب مساحة للاجتماعات المجدولة</translation>
    </message>
    <message>
        <source>An access method template for guests</source>
        <translation>قالب طريقة وصول للضيوف</translation>
    </message>
    <message>
        <source>An access method template for hosts</source>
        <translation>قالب طريقة وصول للمضيفين</translation>
    </message>
    <message>
        <source>The console does not know yet which CMS version the cluster runs.</source>
        <translation>لا تعرف وحدة التحكم بعد إصدار CMS الذي تشغّله المجموعة.</translation>
    </message>
    <message>
        <source>The cluster runs CMS %1; the scheduler came with 3.3.</source>
        <translation>تشغّل المجموعة CMS %1؛ وقد ظهر المجدول مع الإصدار 3.3.</translation>
    </message>
    <message>
        <source>The cluster runs CMS %1; the scheduler needs 3.3 or later.</source>
        <translation>تشغّل المجموعة CMS %1؛ ويتطلب المجدول الإصدار 3.3 أو أحدث.</translation>
    </message>
    <message>
        <source>«%1» holds guests in the lobby until a host joins (needsActivation is true).</source>
        <translation>يُبقي «%1» الضيوف في الردهة حتى ينضم مضيف (قيمة needsActivation هي true).</translation>
    </message>
    <message>
        <source>No call leg profile sets needsActivation to true, so none holds guests in the lobby.</source>
        <translation>لا يضبط أي ملف تعريف لمقطع مكالمة needsActivation على true، لذا لا يُبقي أيٌّ منها الضيوف في الردهة.</translation>
    </message>
    <message>
        <source>«%1» lets hosts in and starts the meeting (needsActivation is false).</source>
        <translation>يُدخل «%1» المضيفين ويبدأ الاجتماع (قيمة needsActivation هي false).</translation>
    </message>
    <message>
        <source>No call leg profile sets needsActivation to false, so none lets a host start the meeting.</source>
        <translation>لا يضبط أي ملف تعريف لمقطع مكالمة needsActivation على false، لذا لا يتيح أيٌّ منها لمضيف بدء الاجتماع.</translation>
    </message>
    <message>
        <source>Space templates came with CMS 2.9.</source>
        <translation>ظهرت قوالب المساحات مع CMS 2.9.</translation>
    </message>
    <message>
        <source>The cluster has no space template.</source>
        <translation>لا تحتوي المجموعة على أي قالب مساحة.</translation>
    </message>
    <message numerus="yes">
        <source>%n space template(s), none with an access method template for guests or hosts.</source>
        <translation>
            <numerusform>لا توجد قوالب مساحات، ولا قالب طريقة وصول للضيوف أو المضيفين.</numerusform>
            <numerusform>قالب مساحة واحد، دون قالب طريقة وصول للضيوف أو المضيفين.</numerusform>
            <numerusform>قالبا مساحة، دون قالب طريقة وصول للضيوف أو المضيفين في أيٍّ منهما.</numerusform>
            <numerusform>%n قوالب مساحات، ولا يحتوي أيٌّ منها على قالب طريقة وصول للضيوف أو المضيفين.</numerusform>
            <numerusform>%n قالب مساحة، ولا يحتوي أيٌّ منها على قالب طريقة وصول للضيوف أو المضيفين.</numerusform>
            <numerusform>%n قالب مساحة، ولا يحتوي أيٌّ منها على قالب طريقة وصول للضيوف أو المضيفين.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no space template to hold it.</source>
        <translation>لا يوجد قالب مساحة يحتويه.</translation>
    </message>
    <message>
        <source>«%1» gives scheduled meetings their guest and host access.</source>
        <translation>يمنح «%1» الاجتماعات المجدولة وصول الضيوف ووصول المضيفين.</translation>
    </message>
    <message>
        <source>«%1» comes closest: it has one of the two access method templates.</source>
        <translation>«%1» هو الأقرب: يحتوي على أحد قالبَي طريقة الوصول.</translation>
    </message>
    <message>
        <source>«%1» (%2) uses the call leg profile «%3».</source>
        <extracomment>%1: the access method template, %2: its uriGenerator (e.g. $.guest), %3: its call leg profile</extracomment>
        <translation>يستخدم «%1» (%2) ملف تعريف مقطع المكالمة «%3».</translation>
    </message>
    <message>
        <source>«%1» has no access method template whose call leg profile holds guests in the lobby.</source>
        <translation>لا يحتوي «%1» على قالب طريقة وصول يُبقي ملف تعريف مقطع مكالمته الضيوفَ في الردهة.</translation>
    </message>
    <message>
        <source>«%1» has no access method template whose call leg profile lets hosts start the meeting.</source>
        <translation>لا يحتوي «%1» على قالب طريقة وصول يتيح ملف تعريف مقطع مكالمته للمضيفين بدء الاجتماع.</translation>
    </message>
</context>
<context>
    <name>cms::SchedulerSetupOperation</name>
    <message>
        <source>The scheduler needs CMS 3.3 or later: nothing was changed.</source>
        <translation>يتطلب المجدول CMS 3.3 أو أحدث: لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The cluster is already ready for the scheduler: there is nothing to create.</source>
        <translation>المجموعة جاهزة للمجدول بالفعل: لا يوجد ما يُنشأ.</translation>
    </message>
    <message>
        <source>Create the call leg profile «%1», which holds guests in the lobby until a host joins and sends them back when the last host leaves (POST /callLegProfiles needsActivation=true deactivationMode=deactivate)</source>
        <translation>إنشاء ملف تعريف مقطع المكالمة «%1» الذي يُبقي الضيوف في الردهة حتى ينضم مضيف ويعيدهم إليها عند مغادرة آخر مضيف (⁦POST /callLegProfiles needsActivation=true deactivationMode=deactivate⁩)</translation>
    </message>
    <message>
        <source>Create the call leg profile «%1», which lets hosts in and starts the meeting (POST /callLegProfiles needsActivation=false)</source>
        <translation>إنشاء ملف تعريف مقطع المكالمة «%1» الذي يُدخل المضيفين ويبدأ الاجتماع (⁦POST /callLegProfiles needsActivation=false⁩)</translation>
    </message>
    <message>
        <source>Create the space template «%1», whose spaces admit callers as guests unless they join through the host access (POST /coSpaceTemplates callLegProfile=«%2»)</source>
        <translation>إنشاء قالب المساحة «%1» الذي تقبل مساحاته المتصلين بوصفهم ضيوفًا ما لم ينضموا عبر وصول المضيف (⁦POST /coSpaceTemplates callLegProfile=«%2»⁩)</translation>
    </message>
    <message>
        <source>Add the guest access method template «%1» (%2, with a call ID of its own) to «%3», with the call leg profile «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)</source>
        <extracomment>%1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile</extracomment>
        <translation>إضافة قالب طريقة وصول الضيوف «%1» (%2، بمعرّف مكالمة خاص به) إلى «%3» مع ملف تعريف مقطع المكالمة «%4» (⁦POST /coSpaceTemplates/…/accessMethodTemplates⁩)</translation>
    </message>
    <message>
        <source>Add the host access method template «%1» (%2) to «%3», with the call leg profile «%4» (POST /coSpaceTemplates/…/accessMethodTemplates)</source>
        <extracomment>%1: the access method template, %2: its uriGenerator, %3: the space template, %4: the call leg profile</extracomment>
        <translation>إضافة قالب طريقة وصول المضيفين «%1» (%2) إلى «%3» مع ملف تعريف مقطع المكالمة «%4» (⁦POST /coSpaceTemplates/…/accessMethodTemplates⁩)</translation>
    </message>
</context>
<context>
    <name>cms::TemporarySpace</name>
    <message>
        <source>Running now</source>
        <translation>جارٍ الآن</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>غير جارٍ</translation>
    </message>
    <message>
        <source>%1 (%2 GMT)</source>
        <extracomment>%1: a date and time in the user&apos;s time zone, %2: the same time in GMT</extracomment>
        <translation>%1 (%2 بتوقيت غرينتش)</translation>
    </message>
    <message>
        <source>At the first 01:15 GMT 24 hours after its meeting ends</source>
        <translation>عند أول 01:15 بتوقيت غرينتش بعد 24 ساعة من انتهاء اجتماعها</translation>
    </message>
    <message>
        <source>%1; its meeting ended %2</source>
        <extracomment>%1: a date and time, e.g. &quot;07/12/2026 02:15 (01:15 GMT)&quot;</extracomment>
        <translation>%1؛ انتهى اجتماعها في %2</translation>
    </message>
    <message>
        <source>At the first 01:15 GMT 24 hours after its meeting ends; if it has already ended, by %1 at the latest</source>
        <extracomment>%1: a date and time, e.g. &quot;07/12/2026 02:15 (01:15 GMT)&quot;</extracomment>
        <translation>عند أول 01:15 بتوقيت غرينتش بعد 24 ساعة من انتهاء اجتماعها؛ وإن كان قد انتهى، ففي موعد أقصاه %1</translation>
    </message>
</context>
<context>
    <name>cms::UriGeneratorCheck</name>
    <message>
        <source>“%1” cannot contain spaces (character %2).</source>
        <extracomment>%1 is the field (&quot;URI pattern&quot;), %2 the position of the space in it (1 = first character)</extracomment>
        <translation>لا يمكن أن يحتوي «%1» على مسافات (الحرف %2).</translation>
    </message>
    <message>
        <source>“%2” (character %3) is not allowed in “%1”: use only letters without accents, digits, “.”, “-”, “_” and one “$”.</source>
        <extracomment>%1 is the field (&quot;URI pattern&quot;), %2 the refused character, %3 its position (1 = first)</extracomment>
        <translation>الحرف «%2» (الحرف رقم %3) غير مسموح به في «%1»: استخدم فقط أحرفًا بلا علامات تشكيل وأرقامًا و«.» و«-» و«_» وعلامة «$» واحدة.</translation>
    </message>
    <message>
        <source>“%1” needs a “$”, which stands for the generated part of each URI, as in $.guest.</source>
        <translation>يجب أن يحتوي «%1» على علامة «$»، وهي تمثّل الجزء المُنشأ من كل URI، كما في $.guest.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n “$”: keep exactly one, which stands for the generated part of each URI.</source>
        <translation>
            <numerusform>لا يحتوي «%1» على أي علامة «$»: أبقِ علامة واحدة بالضبط، وهي تمثّل الجزء المُنشأ من كل URI.</numerusform>
            <numerusform>يحتوي «%1» على علامة «$» واحدة: أبقِ علامة واحدة بالضبط، وهي تمثّل الجزء المُنشأ من كل URI.</numerusform>
            <numerusform>يحتوي «%1» على علامتَي «$»: أبقِ علامة واحدة بالضبط، وهي تمثّل الجزء المُنشأ من كل URI.</numerusform>
            <numerusform>يحتوي «%1» على %n علامات «$»: أبقِ علامة واحدة بالضبط، وهي تمثّل الجزء المُنشأ من كل URI.</numerusform>
            <numerusform>يحتوي «%1» على %n علامة «$»: أبقِ علامة واحدة بالضبط، وهي تمثّل الجزء المُنشأ من كل URI.</numerusform>
            <numerusform>يحتوي «%1» على %n علامة «$»: أبقِ علامة واحدة بالضبط، وهي تمثّل الجزء المُنشأ من كل URI.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::AccessMethodTemplatesModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <extracomment>The uriGenerator of an access method template, as in $.guest</extracomment>
        <translation>نمط URI</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
</context>
<context>
    <name>models::AccessMethodsModel</name>
    <message>
        <source>Set</source>
        <extracomment>An access method&apos;s passcode column: a passcode is set (the passcode itself is not shown).</extracomment>
        <translation>معيّن</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>معرّف المكالمة</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>رمز المرور</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>ملف تعريف مقطع المكالمة</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>نطاق الظهور</translation>
    </message>
</context>
<context>
    <name>models::ActivityLogModel</name>
    <message>
        <source>Time</source>
        <extracomment>Column header of the activity log</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Cluster</source>
        <extracomment>Column header of the activity log</extracomment>
        <translation>المجموعة العنقودية</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column header of the activity log: what happened</extracomment>
        <translation>الحدث</translation>
    </message>
</context>
<context>
    <name>models::BridgesModel</name>
    <message>
        <source>Not connected</source>
        <extracomment>Health of a cluster whose session is closed
----------
Health of a call bridge whose cluster is not open</extracomment>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Opening…</source>
        <extracomment>Health of a cluster while its passwords are read</extracomment>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Health of a cluster that could not be opened (the reason is in the tool tip)</extracomment>
        <translation>فشل</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln bridges answering</source>
        <extracomment>Health of a cluster: &quot;2 of 3 bridges answering&quot;</extracomment>
        <translation>
            <numerusform>يستجيب %1 من أصل %Ln جسر</numerusform>
            <numerusform>يستجيب %1 من أصل جسر واحد</numerusform>
            <numerusform>يستجيب %1 من أصل جسرين</numerusform>
            <numerusform>يستجيب %1 من أصل %Ln جسور</numerusform>
            <numerusform>يستجيب %1 من أصل %Ln جسرًا</numerusform>
            <numerusform>يستجيب %1 من أصل %Ln جسر</numerusform>
        </translation>
    </message>
    <message>
        <source>Healthy</source>
        <extracomment>Health of a call bridge: it answers in time</extracomment>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Slow</source>
        <extracomment>Health of a call bridge: it answers, but slowly</extracomment>
        <translation>بطيء</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>health</comment>
        <extracomment>Health of a call bridge: it does not answer</extracomment>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Primary, active</source>
        <extracomment>Role of a call bridge: the first endpoint of the cluster, taking the traffic now</extracomment>
        <translation>أساسي، نشط</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <source>Alternate, active</source>
        <extracomment>Role of a call bridge: an alternate endpoint, taking the traffic now</extracomment>
        <translation>بديل، نشط</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>بديل</translation>
    </message>
    <message>
        <source>Activated</source>
        <extracomment>Licence activation state of a call bridge</extracomment>
        <translation>مُفعَّل</translation>
    </message>
    <message>
        <source>Not activated</source>
        <translation>غير مُفعَّل</translation>
    </message>
    <message>
        <source>Clustered</source>
        <extracomment>Whether clustering is enabled on a call bridge</extracomment>
        <translation>ضمن مجموعة عنقودية</translation>
    </message>
    <message>
        <source>Not clustered</source>
        <translation>خارج المجموعة العنقودية</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>Live updates of a call bridge: the events connection is being set up</extracomment>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Events</source>
        <extracomment>Live updates of a call bridge: pushed by the events WebSocket</extracomment>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Polling</source>
        <extracomment>Live updates of a call bridge: read again at intervals</extracomment>
        <translation>الاستقصاء</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>live updates</comment>
        <extracomment>Live updates of a call bridge: none, the bridge does not answer</extracomment>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the bridges pane: cluster or call bridge name</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the bridges pane: host:port</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Column header of the bridges pane: does the bridge answer</extracomment>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column header of the bridges pane: primary or alternate endpoint</extracomment>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>Column header of the bridges pane: software version</extracomment>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Uptime</source>
        <extracomment>Column header of the bridges pane: time since the bridge started</extracomment>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <source>Activation</source>
        <extracomment>Column header of the bridges pane: licence activation</extracomment>
        <translation>التفعيل</translation>
    </message>
    <message>
        <source>Clustering</source>
        <extracomment>Column header of the bridges pane: whether clustering is enabled</extracomment>
        <translation>التجميع العنقودي</translation>
    </message>
    <message>
        <source>Call legs</source>
        <extracomment>Column header of the bridges pane: active call legs now</extracomment>
        <translation>مقاطع المكالمات</translation>
    </message>
    <message>
        <source>Peak</source>
        <extracomment>Column header of the bridges pane: the most call legs active at once since the bridge started</extracomment>
        <translation>الذروة</translation>
    </message>
    <message>
        <source>Clock skew</source>
        <extracomment>Column header of the bridges pane: how far the bridge&apos;s clock is from this computer&apos;s</extracomment>
        <translation>فرق الساعة</translation>
    </message>
    <message>
        <source>Live updates</source>
        <extracomment>Column header of the bridges pane: how live state is followed (events or polling)</extracomment>
        <translation>التحديثات المباشرة</translation>
    </message>
    <message>
        <source>The cluster lists this call bridge, but the console does not use it: add it as an alternate in the failover settings to watch it and to fail over to it.</source>
        <translation>تُدرج المجموعة العنقودية جسر المكالمات هذا، لكن وحدة التحكم لا تستخدمه: أضِفه بديلًا في إعدادات تجاوز الفشل لمراقبته وللتحويل إليه عند الفشل.</translation>
    </message>
    <message>
        <source>not given</source>
        <extracomment>the call bridge&apos;s address, when /callBridges does not give it</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>غير مُراقَب</translation>
    </message>
    <message>
        <source>Discovered</source>
        <extracomment>a call bridge found in the cluster, not one the console connects to</extracomment>
        <translation>مُكتشَف</translation>
    </message>
</context>
<context>
    <name>models::CallLegDetailsModel</name>
    <message>
        <source>The participant&apos;s call legs, each with its media under it</source>
        <extracomment>Column of the call leg details: a call leg, or one direction of its media under it</extracomment>
        <translation>مقاطع مكالمة المشارك، وتحت كل منها وسائطه</translation>
    </message>
    <message>
        <source>Call leg</source>
        <translation>مقطع المكالمة</translation>
    </message>
    <message>
        <source>How the audio or video is encoded</source>
        <translation>طريقة ترميز الصوت أو الفيديو</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>برنامج الترميز</translation>
    </message>
    <message>
        <source>The media&apos;s bit rate, in kilobits a second</source>
        <translation>معدل بت الوسائط بالكيلوبت في الثانية</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>معدل البت</translation>
    </message>
    <message>
        <source>How irregularly packets arrive; over %1 speech and video stutter</source>
        <translation>مدى عدم انتظام وصول الحزم؛ إذا تجاوز %1 يتقطع الصوت والفيديو</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>التذبذب</translation>
    </message>
    <message>
        <source>The share of packets lost on the way; over %1 video freezes or breaks up</source>
        <translation>نسبة الحزم المفقودة في الطريق؛ إذا تجاوزت %1 يتجمد الفيديو أو يتقطع</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>فقدان الحزم</translation>
    </message>
    <message>
        <source>The time for a packet to reach the participant and come back; over %1 people talk over each other</source>
        <translation>الزمن الذي تستغرقه الحزمة للوصول إلى المشارك والعودة؛ إذا تجاوز %1 يتداخل كلام المتحدثين</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>زمن الذهاب والإياب</translation>
    </message>
    <message>
        <source>The alarms the call bridge raises on the leg</source>
        <translation>الإنذارات التي يطلقها جسر المكالمات على المقطع</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <source>The call bridge raises an alarm on this leg.</source>
        <translation>يُطلق جسر المكالمات إنذارًا على هذا المقطع.</translation>
    </message>
    <message>
        <source>Round-trip time over %1: people talk over each other.</source>
        <translation>زمن الذهاب والإياب يتجاوز %1: يتداخل كلام المتحدثين.</translation>
    </message>
    <message>
        <source>The call bridge raises a round-trip time alarm on this leg.</source>
        <translation>يُطلق جسر المكالمات إنذار زمن الذهاب والإياب على هذا المقطع.</translation>
    </message>
    <message>
        <source>Packet loss over %1: video freezes or breaks up, speech drops out.</source>
        <translation>فقدان الحزم يتجاوز %1: يتجمد الفيديو أو يتقطع وينقطع الصوت.</translation>
    </message>
    <message>
        <source>Jitter over %1: speech and video stutter.</source>
        <translation>التذبذب يتجاوز %1: يتقطع الصوت والفيديو.</translation>
    </message>
    <message>
        <source>As the API names them: %1</source>
        <extracomment>Tool tip of the alarms of a call leg: the alarms as the API names them, e.g. &quot;packetLoss, excessiveJitter&quot;</extracomment>
        <translation>أسماؤها في واجهة API: %1</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <extracomment>What a screen reader says of a figure past its limit: the figure, then why it is a warning</extracomment>
        <translation>تحذير: %1. %2</translation>
    </message>
    <message>
        <source>The call bridge reports no such media on this leg.</source>
        <translation>لا يُبلغ جسر المكالمات عن هذه الوسائط على هذا المقطع.</translation>
    </message>
    <message>
        <source>The audio the call bridge receives from the participant (rxAudio)</source>
        <translation>الصوت الذي يستقبله جسر المكالمات من المشارك (rxAudio)</translation>
    </message>
    <message>
        <source>The audio the call bridge sends to the participant (txAudio)</source>
        <translation>الصوت الذي يرسله جسر المكالمات إلى المشارك (txAudio)</translation>
    </message>
    <message>
        <source>The video the call bridge receives from the participant (rxVideo)</source>
        <translation>الفيديو الذي يستقبله جسر المكالمات من المشارك (rxVideo)</translation>
    </message>
    <message>
        <source>The video the call bridge sends to the participant (txVideo)</source>
        <translation>الفيديو الذي يرسله جسر المكالمات إلى المشارك (txVideo)</translation>
    </message>
    <message>
        <source>%1: none</source>
        <extracomment>What a screen reader says of a direction the server reports nothing for: &quot;Video sent: none&quot;</extracomment>
        <translation>%1: لا يوجد</translation>
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
        <translation>%1 كيلوبت/ث</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Call leg ID: %1</source>
        <extracomment>The id of a call leg in the API, for an administrator who looks it up</extracomment>
        <translation>معرّف مقطع المكالمة: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <extracomment>A share in percent with one decimal, &quot;1.7 %&quot; (the number is already in the locale&apos;s digits)</extracomment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Excessive jitter</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>تذبذب مفرط</translation>
    </message>
    <message>
        <source>Long round-trip time</source>
        <extracomment>An alarm the call bridge raises on a call leg</extracomment>
        <translation>زمن ذهاب وإياب طويل</translation>
    </message>
    <message>
        <source>Audio received</source>
        <extracomment>A direction of a call leg&apos;s media: the audio the call bridge receives from the participant</extracomment>
        <translation>الصوت المستلَم</translation>
    </message>
    <message>
        <source>Audio sent</source>
        <extracomment>A direction of a call leg&apos;s media: the audio the call bridge sends to the participant</extracomment>
        <translation>الصوت المرسَل</translation>
    </message>
    <message>
        <source>Video received</source>
        <extracomment>A direction of a call leg&apos;s media: the video the call bridge receives from the participant</extracomment>
        <translation>الفيديو المستلَم</translation>
    </message>
    <message>
        <source>Video sent</source>
        <extracomment>A direction of a call leg&apos;s media: the video the call bridge sends to the participant</extracomment>
        <translation>الفيديو المرسَل</translation>
    </message>
</context>
<context>
    <name>models::CallLegsHistory</name>
    <message>
        <source>Bridge %1</source>
        <extracomment>A call bridge known only by its place in the list, &quot;Bridge 2&quot;</extracomment>
        <translation>الجسر %1</translation>
    </message>
</context>
<context>
    <name>models::CallsModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Started %1</source>
        <extracomment>Tool tip of a call&apos;s duration: when it began</extracomment>
        <translation>البدء: %1</translation>
    </message>
    <message>
        <source>Untitled call</source>
        <extracomment>A call that has no name and no space</extracomment>
        <translation>مكالمة بلا اسم</translation>
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
            <numerusform>%1 (لا أحد في الردهة)</numerusform>
            <numerusform>%1 (واحد منهم في الردهة)</numerusform>
            <numerusform>%1 (اثنان منهم في الردهة)</numerusform>
            <numerusform>%1 (%Ln منهم في الردهة)</numerusform>
            <numerusform>%1 (%Ln منهم في الردهة)</numerusform>
            <numerusform>%1 (%Ln منهم في الردهة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>Column header of the calls list: the meeting&apos;s name</extracomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Column header of the calls list: the space the meeting is held in</extracomment>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Call bridges</source>
        <extracomment>Column header of the calls list: the call bridges a meeting runs on</extracomment>
        <translation>جسور المكالمات</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>Column header of the calls list: how many people are in the meeting</extracomment>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the calls list: how long the meeting has been running</extracomment>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Column header of the calls list: the meeting is locked (Yes/No)</extracomment>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Recording</source>
        <extracomment>Column header of the calls list: the meeting is being recorded (Yes/No)</extracomment>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Streaming</source>
        <extracomment>Column header of the calls list: the meeting is being streamed (Yes/No)</extracomment>
        <translation>البث</translation>
    </message>
    <message>
        <source>Only participants can be dropped on a call.</source>
        <translation>لا يمكن إفلات غير المشاركين على مكالمة.</translation>
    </message>
    <message>
        <source>Drop the participants on a call.</source>
        <translation>أفلِت المشاركين على مكالمة.</translation>
    </message>
    <message>
        <source>That meeting has ended.</source>
        <translation>انتهى هذا الاجتماع.</translation>
    </message>
    <message>
        <source>Moving participants needs CMS 2.6 or later; the call bridge %1 runs %2.</source>
        <translation>يتطلب نقل المشاركين الإصدار CMS 2.6 أو أحدث؛ ويعمل جسر المكالمات %1 بالإصدار %2.</translation>
    </message>
    <message>
        <source>These participants are in another cluster: people can be moved only between meetings of one cluster.</source>
        <translation>هؤلاء المشاركون في مجموعة أخرى: لا يمكن نقل الأشخاص إلا بين اجتماعات المجموعة نفسها.</translation>
    </message>
    <message>
        <source>A participant you are dragging has left the meeting.</source>
        <translation>غادر أحد المشاركين الذين تسحبهم الاجتماع.</translation>
    </message>
    <message>
        <source>%1 is already in this meeting.</source>
        <translation>يوجد %1 بالفعل في هذا الاجتماع.</translation>
    </message>
    <message>
        <source>%1 joined from the web app, and web app participants can be moved from CMS 3.2; the call bridge %2 runs %3.</source>
        <translation>انضم %1 من تطبيق الويب، ولا يمكن نقل مشاركي تطبيق الويب إلا بدءًا من CMS 3.2؛ ويعمل جسر المكالمات %2 بالإصدار %3.</translation>
    </message>
    <message>
        <source>%1 cannot be moved (for example a Skype for Business participant, or one in a dual-homed meeting).</source>
        <translation>لا يمكن نقل %1 (مثل مشارك Skype for Business، أو مشارك في اجتماع مزدوج الاستضافة).</translation>
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
        <translation>%1 (أساسي)</translation>
    </message>
</context>
<context>
    <name>models::MembersModel</name>
    <message numerus="yes">
        <source>%1 of %Ln permissions</source>
        <extracomment>A member&apos;s permissions: %1 is how many they have, %Ln how many there are (&quot;3 of 9 permissions&quot;).</extracomment>
        <translation>
            <numerusform>%1 من أصل %Ln صلاحية</numerusform>
            <numerusform>%1 من أصل صلاحية واحدة</numerusform>
            <numerusform>%1 من أصل صلاحيتين</numerusform>
            <numerusform>%1 من أصل %Ln صلاحيات</numerusform>
            <numerusform>%1 من أصل %Ln صلاحيةً</numerusform>
            <numerusform>%1 من أصل %Ln صلاحية</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>ملف تعريف مقطع المكالمة</translation>
    </message>
</context>
<context>
    <name>models::ParticipantsModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <extracomment>Tool tip of a participant&apos;s time in the call: when the participant joined</extracomment>
        <translation>الانضمام: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <extracomment>Tool tip of a participant&apos;s name: the user account the participant signed in with</extracomment>
        <translation>مسجَّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A yes/no cell the server does not say (a call bridge followed by polling)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Untitled call</source>
        <extracomment>A call that has no name and no space</extracomment>
        <translation>مكالمة بلا اسم</translation>
    </message>
    <message>
        <source>SIP</source>
        <extracomment>Kind of participant: a SIP endpoint (video system or phone)</extracomment>
        <translation>SIP</translation>
    </message>
    <message>
        <source>Web app</source>
        <extracomment>Kind of participant: joined from the Meeting Server web app (browser)</extracomment>
        <translation>تطبيق الويب</translation>
    </message>
    <message>
        <source>Skype for Business</source>
        <extracomment>Kind of participant: a Skype for Business (Lync) client</extracomment>
        <translation>Skype for Business</translation>
    </message>
    <message>
        <source>Skype for Business meeting</source>
        <extracomment>Kind of participant: the link to a Skype for Business meeting (dual-homed meeting)</extracomment>
        <translation>اجتماع Skype for Business</translation>
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
        <translation>آخر</translation>
    </message>
    <message>
        <source>In the lobby</source>
        <extracomment>State of a participant: waiting in the lobby until a host lets them in</extracomment>
        <translation>في الردهة</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>State of a participant</extracomment>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Ringing</source>
        <extracomment>State of a participant: being called, not answered yet</extracomment>
        <translation>يرن</translation>
    </message>
    <message>
        <source>Connecting</source>
        <extracomment>State of a participant: the call is being set up</extracomment>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>On hold</source>
        <extracomment>State of a participant</extracomment>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>state of a participant</comment>
        <extracomment>State of a participant the console does not know</extracomment>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header of the participants list</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Address</source>
        <extracomment>Column header of the participants list: the participant&apos;s URI</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header of the participants list: SIP, web app…</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>Column header of the participants list: the meeting the participant is in</extracomment>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <extracomment>Column header of the participants list: the call bridge hosting the participant</extracomment>
        <translation>جسر المكالمات</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header of the participants list: connected, ringing, in the lobby…</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Audio muted</source>
        <extracomment>Column header of the participants list: the participant&apos;s audio is muted (Yes/No)</extracomment>
        <translation>الصوت مكتوم</translation>
    </message>
    <message>
        <source>Video muted</source>
        <extracomment>Column header of the participants list: the participant&apos;s video is muted (Yes/No)</extracomment>
        <translation>الفيديو متوقف</translation>
    </message>
    <message>
        <source>Presenting</source>
        <extracomment>Column header of the participants list: the participant is presenting (Yes/No)</extracomment>
        <translation>يعرض</translation>
    </message>
    <message>
        <source>Speaking</source>
        <extracomment>Column header of the participants list: the participant is the one speaking (Yes/No)</extracomment>
        <translation>يتحدث</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>Column header of the participants list: the participant is a host, who lets guests in (Yes/No)</extracomment>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Can be moved</source>
        <extracomment>Column header of the participants list: the participant can be moved to another meeting (Yes/No)</extracomment>
        <translation>قابل للنقل</translation>
    </message>
    <message>
        <source>Time in call</source>
        <extracomment>Column header of the participants list: how long the participant has been in the meeting</extracomment>
        <translation>المدة في المكالمة</translation>
    </message>
</context>
<context>
    <name>models::PlaceholderPoolModel</name>
    <message>
        <source>Index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>جسر المكالمات</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
</context>
<context>
    <name>models::ProfilesModel</name>
    <message>
        <source>No name</source>
        <extracomment>A call profile the console has no name for (the API does not name call profiles)</extracomment>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>Name in the console</source>
        <translation>الاسم في وحدة التحكم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
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
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header: the space&apos;s name</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>URI</source>
        <extracomment>Column header: the space&apos;s URI (user part)</extracomment>
        <translation>URI</translation>
    </message>
    <message>
        <source>Secondary URI</source>
        <translation>عنوان URI الثانوي</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>معرّف المكالمة</translation>
    </message>
    <message>
        <source>Passcode</source>
        <extracomment>Column header: whether the space has a passcode (Yes/No)</extracomment>
        <translation>رمز المرور</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>المستأجر</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column header: the JID of the space&apos;s owner</extracomment>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>ملف تعريف مقطع المكالمة</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>ملف تعريف المكالمة</translation>
    </message>
    <message>
        <source>Non-member access</source>
        <extracomment>Column header: whether people who are not members can join (Yes/No)</extracomment>
        <translation>وصول غير الأعضاء</translation>
    </message>
    <message>
        <source>Auto-generated</source>
        <extracomment>Column header: whether the space was created automatically for a user (Yes/No)</extracomment>
        <translation>مُنشأة تلقائيًا</translation>
    </message>
</context>
<context>
    <name>models::TemplateUsersModel</name>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>models::TraceModel</name>
    <message>
        <source>Time</source>
        <extracomment>Column header of the API trace</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Bridge</source>
        <extracomment>Column header of the API trace: the call bridge the request went to</extracomment>
        <translation>الجسر</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>Column header of the API trace: GET, POST, PUT, DELETE</extracomment>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column header of the API trace: the request&apos;s path and query</extracomment>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header of the API trace: the HTTP status, or the error when there was no reply</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header of the API trace: how long the request took</extracomment>
        <translation>المدة</translation>
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
        <translation>(موروث)</translation>
    </message>
    <message>
        <source>(default)</source>
        <extracomment>No value of its own: what the server assumes (or the level above) applies.</extracomment>
        <translation>(افتراضي)</translation>
    </message>
    <message>
        <source>Add Access Method</source>
        <translation>إضافة طريقة وصول</translation>
    </message>
    <message>
        <source>Edit Access Method</source>
        <translation>تحرير طريقة الوصول</translation>
    </message>
    <message>
        <source>meeting.room (without @domain)</source>
        <translation>meeting.room (دون @domain)</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>المجموعة العنقودية غير متصلة.</translation>
    </message>
</context>
<context>
    <name>views::AccessMethodTemplatesEditor</name>
    <message>
        <source>Access &amp;method templates of this space template:</source>
        <translation>قوالب طرق الوصول لقالب المساحة هذا:</translation>
    </message>
    <message>
        <source>Access method templates</source>
        <translation>قوالب طرق الوصول</translation>
    </message>
    <message>
        <source>The access methods each space made from this template gets; choose one to see and edit its settings below</source>
        <translation>طرق الوصول التي تحصل عليها كل مساحة تُنشأ من هذا القالب؛ اختر إحداها لعرض إعداداتها وتعديلها أدناه</translation>
    </message>
    <message>
        <source>Settings of the chosen access method template</source>
        <translation>إعدادات قالب طريقة الوصول المختار</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>Add an access method template to this space template</source>
        <translation>إضافة قالب طريقة وصول إلى قالب المساحة هذا</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the chosen access method template</source>
        <translation>حذف قالب طريقة الوصول المختار</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the access method template</source>
        <translation>حفظ قالب طريقة الوصول</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Discard the changes to the access method template</source>
        <translation>تجاهل التغييرات على قالب طريقة الوصول</translation>
    </message>
    <message>
        <source>Not saved: correct the field marked first.</source>
        <translation>لم يُحفظ: صحّح الحقل المُشار إليه أولًا.</translation>
    </message>
    <message>
        <source>New Access Method Template</source>
        <translation>قالب طريقة وصول جديد</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>تم الإنشاء.</translation>
    </message>
    <message>
        <source>Delete the Access Method Template</source>
        <translation>حذف قالب طريقة الوصول</translation>
    </message>
    <message>
        <source>Delete the access method template «%1»?</source>
        <translation>هل تريد حذف قالب طريقة الوصول «%1»؟</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>لم يُحذف: %1</translation>
    </message>
</context>
<context>
    <name>views::AccessMethodsEditor</name>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add an access method to the space</source>
        <translation>إضافة طريقة وصول إلى المساحة</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Change the selected access method</source>
        <translation>تغيير طريقة الوصول المحددة</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the selected access method</source>
        <translation>حذف طريقة الوصول المحددة</translation>
    </message>
    <message>
        <source>Reading the access methods…</source>
        <translation>جارٍ قراءة طرق الوصول…</translation>
    </message>
    <message>
        <source>Added the access method “%1”.</source>
        <translation>تمت إضافة طريقة الوصول «%1».</translation>
    </message>
    <message>
        <source>Changed the access method “%1”.</source>
        <translation>تم تغيير طريقة الوصول «%1».</translation>
    </message>
    <message>
        <source>Delete Access Method</source>
        <translation>حذف طريقة الوصول</translation>
    </message>
    <message>
        <source>Delete the access method “%1”? Whoever joins by it can no longer join.</source>
        <translation>هل تريد حذف طريقة الوصول «%1»؟ لن يتمكن من ينضمون عبرها من الانضمام بعد الآن.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The access method “%1” was not deleted: %2</source>
        <translation>لم تُحذف طريقة الوصول «%1»: %2</translation>
    </message>
    <message>
        <source>Deleted the access method “%1”.</source>
        <translation>تم حذف طريقة الوصول «%1».</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>طرق الوصول</translation>
    </message>
</context>
<context>
    <name>views::ActivityDock</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>API trace</source>
        <extracomment>Tab of the Activity dock listing every request sent to the servers</extracomment>
        <translation>تتبع API</translation>
    </message>
    <message>
        <source>Operations</source>
        <extracomment>Tab of the Activity dock listing what the console did (connected, failover, operations…)</extracomment>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>نسخ كأمر &amp;curl</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command. Passwords are read from shell variables (CMS_USER, CMS_PASSWORD…), never copied.</source>
        <translation>نسخ الطلب المحدد كأمر curl. تُقرأ كلمات المرور من متغيرات الصدفة (CMS_USER و CMS_PASSWORD…)، ولا تُنسخ أبدًا.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove every request from the trace.</source>
        <translation>إزالة جميع الطلبات من التتبع.</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>حدّد طلبًا لعرضه بالكامل.</translation>
    </message>
    <message>
        <source>Every request sent to the servers and its reply, secrets hidden</source>
        <translation>كل طلب أُرسل إلى الخوادم وردّه، مع إخفاء الأسرار</translation>
    </message>
    <message>
        <source>Selected request</source>
        <translation>الطلب المحدد</translation>
    </message>
    <message>
        <source>The selected request and its reply in full, secrets hidden</source>
        <translation>الطلب المحدد وردّه بالكامل، مع إخفاء الأسرار</translation>
    </message>
    <message>
        <source>What the console did: connections, failovers, changes</source>
        <translation>ما قامت به وحدة التحكم: الاتصالات وعمليات تجاوز الفشل والتغييرات</translation>
    </message>
</context>
<context>
    <name>views::AddressListEdit</name>
    <message>
        <source>Line %1: %2 — %3</source>
        <extracomment>%1: line number in the list of addresses, %2: the address typed, %3: why it cannot be dialled</extracomment>
        <translation>السطر %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>views::BridgesPane</name>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Action: check the call bridges of the selected cluster now</extracomment>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Check the call bridges of the selected cluster now (%1)</source>
        <translation>فحص جسور المكالمات في المجموعة العنقودية المحددة الآن (%1)</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>الجسور</translation>
    </message>
    <message>
        <source>Select a cluster or a call bridge to see its details.</source>
        <translation>حدّد مجموعة عنقودية أو جسر مكالمات لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 غير متصل.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <extracomment>%1: cluster name, %2: why (a sentence)</extracomment>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1: no call bridge answers.</source>
        <translation>%1: لا يستجيب أي جسر مكالمات.</translation>
    </message>
    <message>
        <source>%1: configuration goes through %2.</source>
        <extracomment>%1: cluster name, %2: call bridge name</extracomment>
        <translation>%1: يمر التكوين عبر %2.</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <extracomment>%1: call bridge name, %2: the error (a sentence)</extracomment>
        <translation>لا يستجيب %1: %2</translation>
    </message>
    <message>
        <source>%1 does not answer.</source>
        <translation>لا يستجيب %1.</translation>
    </message>
    <message>
        <source>%1 answers slowly; last answer at %2.</source>
        <extracomment>%1: call bridge name, %2: time of day</extracomment>
        <translation>يستجيب %1 ببطء؛ آخر استجابة في %2.</translation>
    </message>
    <message>
        <source>%1 answers slowly.</source>
        <translation>يستجيب %1 ببطء.</translation>
    </message>
    <message>
        <source>%1 has not answered yet.</source>
        <translation>لم يستجب %1 بعد.</translation>
    </message>
    <message>
        <source>%1 answered at %2.</source>
        <extracomment>%1: call bridge name, %2: time of day</extracomment>
        <translation>استجاب %1 في %2.</translation>
    </message>
    <message>
        <source>Every cluster with its call bridges, and how the console sees each one</source>
        <translation>كل مجموعة مع جسور المكالمات الخاصة بها، وحالة كل جسر كما تراها وحدة التحكم</translation>
    </message>
</context>
<context>
    <name>views::BridgesSection</name>
    <message>
        <source>&amp;Bridges</source>
        <extracomment>View menu: show the Bridges section</extracomment>
        <translation>&amp;الجسور</translation>
    </message>
</context>
<context>
    <name>views::BulkResultsDialog</name>
    <message>
        <source>Delete Spaces</source>
        <translation>حذف المساحات</translation>
    </message>
    <message>
        <source>Set %1 on Spaces</source>
        <extracomment>Window title. %1: the field&apos;s API name</extracomment>
        <translation>تعيين %1 في المساحات</translation>
    </message>
    <message>
        <source>Space</source>
        <extracomment>Column header: the space</extracomment>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Start no more requests; those under way finish</source>
        <translation>عدم بدء أي طلبات أخرى؛ وتكتمل الطلبات الجارية</translation>
    </message>
    <message>
        <source>✓</source>
        <extracomment>The change on this space worked</extracomment>
        <translation>✓</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln space(s) changed.</source>
        <translation>
            <numerusform>تم: تغيّرت %Ln مساحة.</numerusform>
            <numerusform>تم: تغيّرت مساحة واحدة.</numerusform>
            <numerusform>تم: تغيّرت مساحتان.</numerusform>
            <numerusform>تم: تغيّرت %Ln مساحات.</numerusform>
            <numerusform>تم: تغيّرت %Ln مساحةً.</numerusform>
            <numerusform>تم: تغيّرت %Ln مساحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 changed, %2 not changed.</source>
        <extracomment>%1: spaces changed, %2: spaces that failed or were not changed</extracomment>
        <translation>انتهى. المساحات التي تم تغييرها: %1، والتي لم تُغيَّر: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 spaces done…</source>
        <extracomment>%1: spaces done so far, %2: all the spaces</extracomment>
        <translation>المساحات المنجزة: %1 من أصل %2…</translation>
    </message>
    <message>
        <source>Result of each space</source>
        <translation>نتيجة كل مساحة</translation>
    </message>
</context>
<context>
    <name>views::BulkSetFieldDialog</name>
    <message>
        <source>(not set)</source>
        <extracomment>Choice that unsets a field (the space inherits the value)</extracomment>
        <translation>(غير معيّن)</translation>
    </message>
    <message>
        <source>Set a Field</source>
        <translation>تعيين حقل</translation>
    </message>
    <message numerus="yes">
        <source>Set one field to the same value on %Ln selected space(s). An empty value unsets the field: the spaces then inherit it.</source>
        <translation>
            <numerusform>تعيين حقل واحد إلى القيمة نفسها في %Ln مساحة محددة. القيمة الفارغة تُلغي تعيين الحقل: فترث المساحات قيمته حينها.</numerusform>
            <numerusform>تعيين حقل واحد إلى القيمة نفسها في مساحة واحدة محددة. القيمة الفارغة تُلغي تعيين الحقل: فترث المساحة قيمته حينها.</numerusform>
            <numerusform>تعيين حقل واحد إلى القيمة نفسها في مساحتين محددتين. القيمة الفارغة تُلغي تعيين الحقل: فترث المساحتان قيمته حينها.</numerusform>
            <numerusform>تعيين حقل واحد إلى القيمة نفسها في %Ln مساحات محددة. القيمة الفارغة تُلغي تعيين الحقل: فترث المساحات قيمته حينها.</numerusform>
            <numerusform>تعيين حقل واحد إلى القيمة نفسها في %Ln مساحةً محددةً. القيمة الفارغة تُلغي تعيين الحقل: فترث المساحات قيمته حينها.</numerusform>
            <numerusform>تعيين حقل واحد إلى القيمة نفسها في %Ln مساحة محددة. القيمة الفارغة تُلغي تعيين الحقل: فترث المساحات قيمته حينها.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <extracomment>Form label: which field of the spaces to set</extracomment>
        <translation>&amp;الحقل:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;القيمة:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>views::CallLegDetailsView</name>
    <message>
        <source>Choose a participant to see the media of their call legs.</source>
        <translation>اختر مشاركًا لعرض وسائط مقاطع مكالمته.</translation>
    </message>
    <message>
        <source>Waiting for the connection to the cluster.</source>
        <translation>في انتظار الاتصال بالمجموعة العنقودية.</translation>
    </message>
    <message>
        <source>Reading the call legs…</source>
        <translation>جارٍ قراءة مقاطع المكالمة…</translation>
    </message>
    <message>
        <source>No call legs at %1: the participant may have left the call.</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>لا توجد مقاطع مكالمة في %1: ربما غادر المشارك المكالمة.</translation>
    </message>
    <message>
        <source>Updated at %1, refreshed every %2 while shown.</source>
        <extracomment>%1 is a time of day, %2 a duration (&quot;2 s&quot;)</extracomment>
        <translation>حُدِّث في %1، ويُحدَّث كل %2 طوال مدة العرض.</translation>
    </message>
    <message>
        <source>The call legs could not be refreshed: %1 The figures shown are from %2.</source>
        <extracomment>%1 is the reason, a sentence; %2 a time of day</extracomment>
        <translation>تعذّر تحديث مقاطع المكالمة: %1 الأرقام المعروضة من %2.</translation>
    </message>
    <message>
        <source>The call legs could not be read: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>تعذّرت قراءة مقاطع المكالمة: %1</translation>
    </message>
    <message>
        <source>Call legs</source>
        <translation>مقاطع المكالمة</translation>
    </message>
    <message>
        <source>Call legs of %1</source>
        <translation>مقاطع مكالمة %1</translation>
    </message>
    <message>
        <source>Call legs and their media</source>
        <translation>مقاطع المكالمة ووسائطها</translation>
    </message>
    <message>
        <source>Each call leg of the participant with its round-trip time and the alarms the call bridge raises; under it, the audio and video the call bridge receives and sends, with codec, bit rate, jitter and packet loss. Figures past their limits are marked as warnings.</source>
        <translation>كل مقطع من مقاطع مكالمة المشارك مع زمن الذهاب والإياب والإنذارات التي يطلقها جسر المكالمات؛ وتحته الصوت والفيديو اللذان يستقبلهما جسر المكالمات ويرسلهما، مع برنامج الترميز ومعدل البت والتذبذب وفقدان الحزم. تُميَّز الأرقام التي تتجاوز حدودها بتحذير.</translation>
    </message>
    <message>
        <source>Call leg details status</source>
        <translation>حالة تفاصيل مقاطع المكالمة</translation>
    </message>
</context>
<context>
    <name>views::CallLegsChartView</name>
    <message>
        <source>Active call legs</source>
        <translation>مقاطع المكالمات النشطة</translation>
    </message>
    <message>
        <source>Active call legs of each call bridge, as its status reports them.</source>
        <translation>مقاطع المكالمات النشطة في كل جسر مكالمات، كما تُبلغ عنها حالته.</translation>
    </message>
</context>
<context>
    <name>views::CertificateChangedDialog</name>
    <message>
        <source>Certificate Changed</source>
        <translation>تغيّرت الشهادة</translation>
    </message>
    <message>
        <source>The call bridge %1 presented a different certificate from the one you trusted. The connection was refused.</source>
        <translation>قدّم جسر المكالمات %1 شهادة تختلف عن الشهادة التي وثقت بها. وقد رُفض الاتصال.</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection to read or change what the console sends, passwords included. Or an administrator may have replaced the call bridge&apos;s certificate. Ask the call bridge&apos;s administrator which is the case before you go on.</source>
        <translation>ربما يعترض أحدهم الاتصال لقراءة ما ترسله وحدة التحكم أو تغييره، بما في ذلك كلمات المرور. أو ربما استبدل أحد المسؤولين شهادة جسر المكالمات. اسأل مسؤول جسر المكالمات عن حقيقة الأمر قبل المتابعة.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the trusted certificate:</source>
        <translation>بصمة SHA-256 للشهادة الموثوق بها:</translation>
    </message>
    <message>
        <source>Certificate presented now:</source>
        <translation>الشهادة المقدَّمة الآن:</translation>
    </message>
    <message>
        <source>If the administrator confirms the new certificate, edit the cluster, choose “Forget the pinned certificate”, then “Test connection” and trust the new certificate after comparing its fingerprint.</source>
        <translation>إذا أكّد المسؤول الشهادة الجديدة، فحرّر المجموعة العنقودية، واختر «نسيان الشهادة المثبّتة»، ثم «اختبار الاتصال»، وثِق بالشهادة الجديدة بعد مقارنة بصمتها.</translation>
    </message>
</context>
<context>
    <name>views::CertificateSummary</name>
    <message>
        <source>Issued to:</source>
        <extracomment>Certificate field: the server the certificate names</extracomment>
        <translation>صادرة إلى:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <extracomment>Certificate field: who signed the certificate</extracomment>
        <translation>صادرة عن:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>صالحة من:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>صالحة حتى:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>بصمة SHA-256:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>The certificate is within its validity period.</source>
        <translation>الشهادة ضمن فترة صلاحيتها.</translation>
    </message>
    <message>
        <source>This certificate has expired.</source>
        <translation>انتهت صلاحية هذه الشهادة.</translation>
    </message>
    <message>
        <source>This certificate is not valid yet: check the clocks of this computer and of the call bridge.</source>
        <translation>هذه الشهادة ليست صالحة بعد: تحقّق من ساعتَي هذا الكمبيوتر وجسر المكالمات.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(غير محدد)</translation>
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
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Edit Cluster</source>
        <translation>تحرير المجموعة العنقودية</translation>
    </message>
    <message>
        <source>Add Cluster</source>
        <translation>إضافة مجموعة عنقودية</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>cms1.example.com:445</source>
        <translation>cms1.example.com:445</translation>
    </message>
    <message>
        <source>The Web Admin address of the cluster&apos;s primary call bridge, with its port when it is not 443.</source>
        <translation>عنوان Web Admin لجسر المكالمات الأساسي في المجموعة العنقودية، مع المنفذ إذا لم يكن 443.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <source>An API user of the call bridge.</source>
        <translation>مستخدم API لجسر المكالمات.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>اتركه فارغًا للإبقاء على كلمة المرور المخزّنة</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <extracomment>Form label: how the call bridge&apos;s TLS certificate is trusted</extracomment>
        <translation>الشهادة:</translation>
    </message>
    <message>
        <source>Forget the pinned certificate</source>
        <translation>نسيان الشهادة المثبّتة</translation>
    </message>
    <message>
        <source>The next connection test asks again whether to trust the certificate the call bridge presents.</source>
        <translation>سيسأل اختبار الاتصال التالي مجددًا ما إذا كنت تثق بالشهادة التي يقدّمها جسر المكالمات.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>الإنتاج</translation>
    </message>
    <message>
        <source>Trusted by this computer&apos;s certificate authorities, or asked when testing.</source>
        <translation>موثوق بها من قِبل المراجع المصدقة لهذا الكمبيوتر، أو يُطلب التأكيد عند الاختبار.</translation>
    </message>
    <message>
        <source>Pinned, SHA-256 %1</source>
        <translation>مثبّتة، SHA-256 %1</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>تم الاتصال.</translation>
    </message>
    <message>
        <source>Connected: the call bridge runs version %1.</source>
        <translation>تم الاتصال: يعمل جسر المكالمات بالإصدار %1.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>أُلغي الاختبار.</translation>
    </message>
    <message>
        <source>The certificate was not trusted: the console will not connect to this call bridge. Nothing was saved.</source>
        <translation>لم يتم الوثوق بالشهادة: لن تتصل وحدة التحكم بجسر المكالمات هذا. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>No password is stored for this cluster: type the password.</source>
        <translation>لا توجد كلمة مرور مخزّنة لهذه المجموعة العنقودية: اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>This address is already used by the cluster “%1”.</source>
        <translation>هذا العنوان مستخدم بالفعل في المجموعة العنقودية «%1».</translation>
    </message>
    <message>
        <source>This address is already an alternate call bridge of this cluster.</source>
        <translation>هذا العنوان هو بالفعل جسر مكالمات بديل في هذه المجموعة العنقودية.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>نتيجة اختبار الاتصال</translation>
    </message>
</context>
<context>
    <name>views::ClusterStatusBar</name>
    <message>
        <source>No cluster selected</source>
        <translation>لم تُحدَّد أي مجموعة عنقودية</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 غير متصل</translation>
    </message>
    <message>
        <source>Active endpoint: %1</source>
        <translation>نقطة النهاية النشطة: %1</translation>
    </message>
    <message>
        <source>Active endpoint: none answers</source>
        <translation>نقطة النهاية النشطة: لا يستجيب أي منها</translation>
    </message>
    <message>
        <source>Failover: no call bridge answers</source>
        <translation>تجاوز الفشل: لا يستجيب أي جسر مكالمات</translation>
    </message>
    <message>
        <source>Failover: on the primary</source>
        <translation>تجاوز الفشل: على الجسر الأساسي</translation>
    </message>
    <message>
        <source>Failover: on alternate %1</source>
        <translation>تجاوز الفشل: على الجسر البديل %1</translation>
    </message>
    <message>
        <source>Live updates: events</source>
        <translation>التحديثات المباشرة: الأحداث</translation>
    </message>
    <message>
        <source>Live updates: polling</source>
        <translation>التحديثات المباشرة: الاستقصاء</translation>
    </message>
    <message numerus="yes">
        <source>Live updates: events on %Ln bridge(s), polling on %1</source>
        <translation>
            <numerusform>التحديثات المباشرة: الأحداث على %Ln جسر، والاستقصاء على %1</numerusform>
            <numerusform>التحديثات المباشرة: الأحداث على جسر واحد، والاستقصاء على %1</numerusform>
            <numerusform>التحديثات المباشرة: الأحداث على جسرين، والاستقصاء على %1</numerusform>
            <numerusform>التحديثات المباشرة: الأحداث على %Ln جسور، والاستقصاء على %1</numerusform>
            <numerusform>التحديثات المباشرة: الأحداث على %Ln جسرًا، والاستقصاء على %1</numerusform>
            <numerusform>التحديثات المباشرة: الأحداث على %Ln جسر، والاستقصاء على %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Live updates: connecting…</source>
        <translation>التحديثات المباشرة: جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Events arrive at once over a WebSocket (CMS 2.9 and later); polling reads the calls again at intervals when events are not available.</source>
        <translation>تصل الأحداث فورًا عبر WebSocket (الإصدار CMS 2.9 وما بعده)؛ أما الاستقصاء فيعيد قراءة المكالمات على فترات عندما لا تكون الأحداث متاحة.</translation>
    </message>
</context>
<context>
    <name>views::DialOutDialog</name>
    <message>
        <source>Dial Out</source>
        <translation>اتصال صادر</translation>
    </message>
    <message>
        <source>Call someone into «%1». The call bridge of the meeting dials the address.</source>
        <translation>أدخِل شخصًا إلى «%1» بالاتصال به. يتصل جسر المكالمات الذي يستضيف الاجتماع بالعنوان.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>alice@example.com or +33 1 23 45 67 89</source>
        <translation>alice@example.com أو +966 11 234 5678</translation>
    </message>
    <message>
        <source>Address to dial</source>
        <translation>العنوان المطلوب الاتصال به</translation>
    </message>
    <message>
        <source>A URI such as alice@example.com, an endpoint&apos;s domain name or IP address, or a telephone number</source>
        <translation>معرّف URI مثل alice@example.com، أو اسم نطاق جهاز طرفي أو عنوان IP الخاص به، أو رقم هاتف</translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation>&amp;اتصال</translation>
    </message>
</context>
<context>
    <name>views::EffectiveSettingsView</name>
    <message>
        <source>Applies to SIP callers only; joins from the web app are not affected.</source>
        <translation>يسري على المتصلين عبر SIP فقط؛ ولا يتأثر الانضمام من تطبيق الويب.</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>ملف تعريف مقطع المكالمة</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>ملف تعريف المكالمة</translation>
    </message>
    <message>
        <source>No space selected.</source>
        <translation>لم تُحدَّد أي مساحة.</translation>
    </message>
    <message>
        <source>Waiting for the cluster to be connected…</source>
        <translation>في انتظار اتصال المجموعة العنقودية…</translation>
    </message>
    <message>
        <source>Reading the space, its access methods, members and profiles…</source>
        <translation>جارٍ قراءة المساحة وطرق الوصول إليها وأعضائها وملفات التعريف…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>تعذّرت قراءة الإعدادات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referenced profile(s) could not be read (deleted meanwhile?): %1. Their values are not counted.</source>
        <translation>
            <numerusform>تعذّرت قراءة %Ln ملف تعريف مُشار إليه (ربما حُذف في الأثناء؟): %1. لا تُحتسب قيمه.</numerusform>
            <numerusform>تعذّرت قراءة ملف تعريف مُشار إليه واحد (ربما حُذف في الأثناء؟): %1. لا تُحتسب قيمه.</numerusform>
            <numerusform>تعذّرت قراءة ملفَّي تعريف مُشار إليهما (ربما حُذفا في الأثناء؟): %1. لا تُحتسب قيمهما.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملفات تعريف مُشار إليها (ربما حُذفت في الأثناء؟): %1. لا تُحتسب قيمها.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملفَّ تعريف مُشار إليه (ربما حُذفت في الأثناء؟): %1. لا تُحتسب قيمها.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملف تعريف مُشار إليه (ربما حُذفت في الأثناء؟): %1. لا تُحتسب قيمها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests (space URI %1, call ID %2)</source>
        <extracomment>A way of joining a space: %1 is its URI, %2 its call ID.</extracomment>
        <translation>الضيوف (عنوان URI للمساحة %1، معرّف المكالمة %2)</translation>
    </message>
    <message>
        <source>Guests (space URI or call ID %1)</source>
        <extracomment>A way of joining a space: %1 is its URI or its call ID.</extracomment>
        <translation>الضيوف (عنوان URI للمساحة أو معرّف المكالمة %1)</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>الضيوف</translation>
    </message>
    <message>
        <source>Access method %1 (%2)</source>
        <extracomment>%1 is the access method&apos;s name, %2 its URI or call ID.</extracomment>
        <translation>طريقة الوصول %1 (%2)</translation>
    </message>
    <message>
        <source>Access method %1</source>
        <translation>طريقة الوصول %1</translation>
    </message>
    <message>
        <source>Member %1</source>
        <extracomment>%1 is the member&apos;s user address (JID).</extracomment>
        <translation>العضو %1</translation>
    </message>
    <message>
        <source>User: %1 (joins as a member, with the web app)</source>
        <extracomment>%1 is a user address (JID).</extracomment>
        <translation>المستخدم: %1 (ينضم كعضو، عبر تطبيق الويب)</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown for an empty URI or call ID.</extracomment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>set</source>
        <extracomment>Whether a passcode is set: &quot;set&quot; or &quot;not set&quot;; the passcode itself is never shown.</extracomment>
        <translation>معيّن</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير معيّن</translation>
    </message>
    <message>
        <source>URI: %1 — call ID: %2 — passcode: %3</source>
        <translation>URI: %1 — معرّف المكالمة: %2 — رمز المرور: %3</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: the space&apos;s, then the tenant&apos;s, then the global one; when none does, the server&apos;s default applies.</source>
        <translation>تأتي كل قيمة من أول ملف تعريف يعيّنها: ملف المساحة، ثم ملف المستأجر، ثم الملف العام؛ وإذا لم يعيّنها أيٌّ منها، تسري القيمة الافتراضية للخادم.</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: this access method&apos;s call leg profile, then the space&apos;s, the tenant&apos;s and the global ones; when none does, the server&apos;s default applies.</source>
        <translation>تأتي كل قيمة من أول ملف تعريف يعيّنها: ملف تعريف مقطع المكالمة الخاص بطريقة الوصول هذه، ثم ملفات المساحة والمستأجر والملفات العامة؛ وإذا لم يعيّنها أيٌّ منها، تسري القيمة الافتراضية للخادم.</translation>
    </message>
    <message>
        <source>Each value comes from the first profile that sets it: this member&apos;s call leg profile, then the space&apos;s, the tenant&apos;s and the global ones; when none does, the server&apos;s default applies.</source>
        <translation>تأتي كل قيمة من أول ملف تعريف يعيّنها: ملف تعريف مقطع المكالمة الخاص بهذا العضو، ثم ملفات المساحة والمستأجر والملفات العامة؛ وإذا لم يعيّنها أيٌّ منها، تسري القيمة الافتراضية للخادم.</translation>
    </message>
    <message>
        <source>(server&apos;s choice)</source>
        <extracomment>A setting nobody sets: the server decides.</extracomment>
        <translation>(حسب اختيار الخادم)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانيةً</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>The space itself</source>
        <extracomment>Where a value is set: on the space itself, not in a profile.</extracomment>
        <translation>المساحة نفسها</translation>
    </message>
    <message>
        <source>&amp;Way of joining:</source>
        <translation>طريقة &amp;الانضمام:</translation>
    </message>
    <message>
        <source>Guests by the space&apos;s own URI or call ID, an access method, or a member</source>
        <translation>الضيوف عبر عنوان URI أو معرّف المكالمة الخاصين بالمساحة، أو طريقة وصول، أو عضو</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;إعادة التحميل</translation>
    </message>
    <message>
        <source>Read the space and its profiles again</source>
        <translation>إعادة قراءة المساحة وملفات التعريف الخاصة بها</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Comes from</source>
        <extracomment>Column: the level a value comes from (global, tenant, space…).</extracomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>الإعدادات الفعلية</translation>
    </message>
    <message>
        <source>Each setting that applies to this way of joining, and the level it comes from</source>
        <translation>كل إعداد ينطبق على طريقة الانضمام هذه، والمستوى الذي يأتي منه</translation>
    </message>
    <message>
        <source>Details of this way of joining</source>
        <translation>تفاصيل طريقة الانضمام هذه</translation>
    </message>
</context>
<context>
    <name>views::EndpointCredentialsEditor</name>
    <message>
        <source>Credentials of the selected call bridge</source>
        <translation>بيانات اعتماد جسر المكالمات المحدد</translation>
    </message>
    <message>
        <source>&amp;Same as the primary</source>
        <translation>مثل الجسر &amp;الأساسي</translation>
    </message>
    <message>
        <source>&amp;Own user and password</source>
        <translation>مستخدم &amp;وكلمة مرور خاصان</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة &amp;المرور:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the password field: the stored password is kept unless a new one is typed.</extracomment>
        <translation>بلا تغيير</translation>
    </message>
    <message>
        <source>New password entered</source>
        <extracomment>Placeholder of the password field: a new password was typed (it is never shown back).</extracomment>
        <translation>تم إدخال كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Required</source>
        <extracomment>Placeholder of the password field: a password must be typed.</extracomment>
        <translation>مطلوبة</translation>
    </message>
</context>
<context>
    <name>views::FailoverSettingsDialog</name>
    <message>
        <source>Failover Settings of %1</source>
        <translation>إعدادات تجاوز الفشل للمجموعة العنقودية %1</translation>
    </message>
    <message>
        <source>Failover moves only the console&apos;s own traffic to the next call bridge of this list; Cisco Meeting Server itself never moves a running meeting off a failed call bridge.</source>
        <translation>لا ينقل تجاوز الفشل إلا حركة مرور وحدة التحكم نفسها إلى جسر المكالمات التالي في هذه القائمة؛ أما Cisco Meeting Server نفسه فلا ينقل أبدًا اجتماعًا جاريًا من جسر مكالمات متعطّل.</translation>
    </message>
    <message>
        <source>Call bridges in the order they are tried (the first is the primary)</source>
        <translation>جسور المكالمات بترتيب تجربتها (الأول هو الأساسي)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>نقل إلى &amp;الأعلى</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>نقل إلى &amp;الأسفل</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Disco&amp;vered:</source>
        <extracomment>Label of the list of call bridges found in the cluster that can be added as alternates.</extracomment>
        <translation>&amp;الجسور المكتشفة:</translation>
    </message>
    <message>
        <source>No other call bridge discovered</source>
        <translation>لم يُكتشف أي جسر مكالمات آخر</translation>
    </message>
    <message>
        <source>Or a&amp;ddress:</source>
        <extracomment>Label of a field where an alternate&apos;s address is typed instead of chosen from the discovered ones.</extracomment>
        <translation>&amp;أو العنوان:</translation>
    </message>
    <message>
        <source>cms2.example.com:445</source>
        <translation>cms2.example.com:445</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: adds the chosen call bridge to the failover list.</extracomment>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>Failover policy</source>
        <translation>سياسة تجاوز الفشل</translation>
    </message>
    <message>
        <source>When the primary answers again:</source>
        <translation>عندما يستجيب الجسر الأساسي مجددًا:</translation>
    </message>
    <message>
        <source>Stay on the call bridge that took over</source>
        <translation>البقاء على جسر المكالمات الذي تولّى المهمة</translation>
    </message>
    <message>
        <source>Return to the primary</source>
        <translation>العودة إلى الجسر الأساسي</translation>
    </message>
    <message>
        <source>Return once it has answered for:</source>
        <translation>العودة بعد أن يستجيب لمدة:</translation>
    </message>
    <message>
        <source>Check each call bridge every:</source>
        <translation>فحص كل جسر مكالمات مرةً كل:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A discovered call bridge: %1 its name, %2 its address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a discovered call bridge or type an address.</source>
        <translation>اختر جسر مكالمات مكتشفًا أو اكتب عنوانًا.</translation>
    </message>
    <message>
        <source>%1 is already a call bridge of this cluster; each one is listed once.</source>
        <translation>%1 هو بالفعل جسر مكالمات في هذه المجموعة العنقودية؛ ويُدرج كل جسر مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>%1 is already a call bridge of the cluster “%2”; a call bridge belongs to one cluster only.</source>
        <translation>%1 هو بالفعل جسر مكالمات في المجموعة العنقودية «%2»؛ ولا ينتمي جسر المكالمات إلا إلى مجموعة عنقودية واحدة.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <extracomment>%1 a call bridge&apos;s address, %2 why (a full sentence).</extracomment>
        <translation>لم تتم إضافة %1: %2</translation>
    </message>
    <message>
        <source>%1 was added, but it does not answer now: %2</source>
        <extracomment>%1 a call bridge&apos;s address, %2 why (a full sentence).</extracomment>
        <translation>تمت إضافة %1، لكنه لا يستجيب الآن: %2</translation>
    </message>
    <message>
        <source>%1 was not added: its certificate is not trusted.</source>
        <translation>لم تتم إضافة %1: شهادته غير موثوق بها.</translation>
    </message>
    <message>
        <source>This cluster is no longer known; nothing was saved.</source>
        <translation>لم تعد هذه المجموعة العنقودية معروفة؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Enter the user for %1.</source>
        <translation>أدخل اسم المستخدم الخاص بـ %1.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>أدخل كلمة المرور الخاصة بـ %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>The failover settings could not be saved.</source>
        <translation>تعذّر حفظ إعدادات تجاوز الفشل.</translation>
    </message>
    <message>
        <source>Call bridges in failover order</source>
        <translation>جسور المكالمات بترتيب تجاوز الفشل</translation>
    </message>
</context>
<context>
    <name>views::GlobalProfilesDialog</name>
    <message>
        <source>Global Profiles</source>
        <translation>ملفات التعريف العامة</translation>
    </message>
    <message>
        <source>The profiles that apply to the whole cluster: every tenant, space and call uses them unless it names its own.</source>
        <translation>ملفات التعريف التي تنطبق على المجموعة كلها: يستخدمها كل مستأجر ومساحة ومكالمة ما لم يحدّد ملفاته الخاصة.</translation>
    </message>
    <message>
        <source>&amp;Call profile:</source>
        <translation>ملف تعريف المكالمة:</translation>
    </message>
    <message>
        <source>Global call profile</source>
        <translation>ملف تعريف المكالمة العام</translation>
    </message>
    <message>
        <source>Call &amp;leg profile:</source>
        <translation>ملف تعريف مقطع المكالمة:</translation>
    </message>
    <message>
        <source>Global call leg profile</source>
        <translation>ملف تعريف مقطع المكالمة العام</translation>
    </message>
    <message>
        <source>&amp;Dial-in security profile:</source>
        <translation>ملف تعريف أمان الاتصال الوارد:</translation>
    </message>
    <message>
        <source>Global dial-in security profile</source>
        <translation>ملف تعريف أمان الاتصال الوارد العام</translation>
    </message>
    <message>
        <source>This cluster runs a CMS version without them (they came with %1).</source>
        <translation>تعمل هذه المجموعة بإصدار من CMS لا يتضمنها (ظهرت في الإصدار %1).</translation>
    </message>
    <message>
        <source>None (the server&apos;s defaults)</source>
        <translation>لا شيء (الإعدادات الافتراضية للخادم)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>غير متصل.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>The global profiles could not be read: %1</source>
        <translation>تعذّرت قراءة ملفات التعريف العامة: %1</translation>
    </message>
    <message>
        <source>The profiles could not be read: %1</source>
        <translation>تعذّرت قراءة ملفات التعريف: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profile in a list: its name, then its id in brackets</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not found on the cluster)</source>
        <extracomment>A profile id the global profiles name but the cluster does not have</extracomment>
        <translation>%1 (غير موجود في المجموعة)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>views::GrowPoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” has %n more placeholder(s), each checked on the cluster.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>لم تُضف إلى المجموعة «%1» أي مساحة محجوزة.</numerusform>
            <numerusform>أُضيفت إلى المجموعة «%1» مساحة محجوزة واحدة، وتم التحقق منها على المجموعة العنقودية.</numerusform>
            <numerusform>أُضيفت إلى المجموعة «%1» مساحتان محجوزتان، وتم التحقق من كل منهما على المجموعة العنقودية.</numerusform>
            <numerusform>أُضيفت إلى المجموعة «%1» %n مساحات محجوزة، وتم التحقق من كل منها على المجموعة العنقودية.</numerusform>
            <numerusform>أُضيفت إلى المجموعة «%1» %n مساحة محجوزة، وتم التحقق من كل منها على المجموعة العنقودية.</numerusform>
            <numerusform>أُضيفت إلى المجموعة «%1» %n مساحة محجوزة، وتم التحقق من كل منها على المجموعة العنقودية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grow Placeholder Pool</source>
        <translation>توسيع مجموعة المساحات المحجوزة</translation>
    </message>
    <message numerus="yes">
        <source>The pool “%1” has %n placeholder(s). New ones come after its last index, with its patterns and profiles.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>لا تضم المجموعة «%1» أي مساحة محجوزة. تأتي الجديدة بعد آخر فهرس فيها، بأنماطها وملفاتها الشخصية.</numerusform>
            <numerusform>تضم المجموعة «%1» مساحة محجوزة واحدة. تأتي الجديدة بعد آخر فهرس فيها، بأنماطها وملفاتها الشخصية.</numerusform>
            <numerusform>تضم المجموعة «%1» مساحتين محجوزتين. تأتي الجديدة بعد آخر فهرس فيها، بأنماطها وملفاتها الشخصية.</numerusform>
            <numerusform>تضم المجموعة «%1» %n مساحات محجوزة. تأتي الجديدة بعد آخر فهرس فيها، بأنماطها وملفاتها الشخصية.</numerusform>
            <numerusform>تضم المجموعة «%1» %n مساحة محجوزة. تأتي الجديدة بعد آخر فهرس فيها، بأنماطها وملفاتها الشخصية.</numerusform>
            <numerusform>تضم المجموعة «%1» %n مساحة محجوزة. تأتي الجديدة بعد آخر فهرس فيها، بأنماطها وملفاتها الشخصية.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Placeholders to add:</source>
        <translation>المساحات المحجوزة المطلوب إضافتها:</translation>
    </message>
    <message>
        <source>Placeholders to add</source>
        <translation>المساحات المحجوزة المطلوب إضافتها</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <extracomment>%1, %2: the first and last new placeholder&apos;s names</extracomment>
        <translation>من %1 إلى %2.</translation>
    </message>
</context>
<context>
    <name>views::GuestHostCheckDialog</name>
    <message>
        <source>Why Can&apos;t My Guests Get In?</source>
        <translation>لماذا لا يستطيع ضيوفي الدخول؟</translation>
    </message>
    <message>
        <source>Pattern the space follows</source>
        <translation>النمط الذي تتبعه المساحة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>الإصلاح</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>One row per problem: what keeps guests or hosts out, and what its fix does. Press Enter on a row to see its fix.</source>
        <translation>صف لكل مشكلة: ما يمنع الضيوف أو المضيفين من الدخول، وما يفعله إصلاحها. اضغط Enter على صف لرؤية إصلاحه.</translation>
    </message>
    <message>
        <source>Outcome of the check</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <source>Steps of the fix</source>
        <translation>خطوات الإصلاح</translation>
    </message>
    <message>
        <source>The API steps the fix sends, in order, with their exact values (PINs masked); nothing is sent until you choose Run Fix</source>
        <translation>خطوات الواجهة البرمجية التي يرسلها الإصلاح، بالترتيب وبقيمها الدقيقة (رموز PIN مخفية)؛ لا يُرسل شيء حتى تختار تشغيل الإصلاح</translation>
    </message>
    <message>
        <source>Progress of the fix</source>
        <translation>تقدّم الإصلاح</translation>
    </message>
    <message>
        <source>Outcome of the fix</source>
        <translation>نتيجة الإصلاح</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;إصلاح…</translation>
    </message>
    <message>
        <source>Show what the fix of the selected problem would change, before anything is changed</source>
        <translation>اعرض ما سيغيّره إصلاح المشكلة المحددة، قبل تغيير أي شيء</translation>
    </message>
    <message>
        <source>&amp;Run Fix</source>
        <translation>شغّل &amp;الإصلاح</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;افحص مجددًا</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إغلا&amp;ق</translation>
    </message>
    <message>
        <source>Wait until the fix ends: the dialog closes once nothing is half done.</source>
        <translation>انتظر حتى ينتهي الإصلاح: تُغلق النافذة حين لا يبقى شيء منجز جزئيًا.</translation>
    </message>
    <message>
        <source>Reading the space&apos;s call leg and call profiles, access methods and members…</source>
        <translation>جارٍ قراءة ملفات تعريف مقاطع المكالمات والمكالمات وطرق الوصول والأعضاء للمساحة…</translation>
    </message>
    <message>
        <source>How the space «%1» lets guests and hosts in, read from its call leg and call profiles, its access methods and its members.</source>
        <translation>كيف تُدخل المساحة «%1» الضيوف والمضيفين، كما يُقرأ من ملفات تعريف مقاطع المكالمات والمكالمات وطرق الوصول والأعضاء.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>The space could not be read: %1</source>
        <translation>تعذّرت قراءة المساحة: %1</translation>
    </message>
    <message>
        <source>Pattern: %1.</source>
        <extracomment>%1: the name of one of the four guest/host patterns</extracomment>
        <translation>النمط: %1.</translation>
    </message>
    <message>
        <source>Pattern: none of the four. Nothing tells hosts from guests: the space has no access method, no owner and no member with a host call leg profile.</source>
        <translation>النمط: لا شيء من الأنماط الأربعة. لا شيء يميّز المضيفين من الضيوف: ليس للمساحة طريقة وصول ولا مالك ولا عضو بملف تعريف مقطع مكالمة للمضيف.</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <extracomment>A problem the console cannot fix alone; %1: what to do</extracomment>
        <translation>يدويًا: %1</translation>
    </message>
    <message>
        <source>No problem found: guests wait in the lobby until a host joins, and hosts have a way in of their own.</source>
        <translation>لم يُعثر على أي مشكلة: ينتظر الضيوف في الردهة حتى ينضم مضيف، وللمضيفين طريق دخول خاص بهم.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Choose one and Fix… to see what its fix would change; one fix runs at a time, and the space is checked again after each.</source>
        <translation>
            <numerusform>لم يُعثر على أي مشكلة.</numerusform>
            <numerusform>عُثر على مشكلة واحدة. اخترها ثم إصلاح… لترى ما سيغيّره إصلاحها؛ يُشغَّل إصلاح واحد في كل مرة، وتُفحص المساحة مجددًا بعد كل إصلاح.</numerusform>
            <numerusform>عُثر على مشكلتين. اختر إحداهما ثم إصلاح… لترى ما سيغيّره إصلاحها؛ يُشغَّل إصلاح واحد في كل مرة، وتُفحص المساحة مجددًا بعد كل إصلاح.</numerusform>
            <numerusform>عُثر على %n مشكلات. اختر إحداها ثم إصلاح… لترى ما سيغيّره إصلاحها؛ يُشغَّل إصلاح واحد في كل مرة، وتُفحص المساحة مجددًا بعد كل إصلاح.</numerusform>
            <numerusform>عُثر على %n مشكلة. اختر إحداها ثم إصلاح… لترى ما سيغيّره إصلاحها؛ يُشغَّل إصلاح واحد في كل مرة، وتُفحص المساحة مجددًا بعد كل إصلاح.</numerusform>
            <numerusform>عُثر على %n مشكلة. اختر إحداها ثم إصلاح… لترى ما سيغيّره إصلاحها؛ يُشغَّل إصلاح واحد في كل مرة، وتُفحص المساحة مجددًا بعد كل إصلاح.</numerusform>
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
        <translation>لم يُغيَّر شيء بعد. سيرسل الإصلاح هذه الخطوات بالترتيب؛ وإن فشلت إحداها &amp;تُلغى الخطوات التي سبقتها:</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n step(s) done. The space is read and checked again.</source>
        <translation>
            <numerusform>أُصلح: لم تُنفَّذ أي خطوة. تُقرأ المساحة وتُفحص مجددًا.</numerusform>
            <numerusform>أُصلح: نُفّذت خطوة واحدة. تُقرأ المساحة وتُفحص مجددًا.</numerusform>
            <numerusform>أُصلح: نُفّذت خطوتان. تُقرأ المساحة وتُفحص مجددًا.</numerusform>
            <numerusform>أُصلح: نُفّذت %n خطوات. تُقرأ المساحة وتُفحص مجددًا.</numerusform>
            <numerusform>أُصلح: نُفّذت %n خطوة. تُقرأ المساحة وتُفحص مجددًا.</numerusform>
            <numerusform>أُصلح: نُفّذت %n خطوة. تُقرأ المساحة وتُفحص مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يُغيَّر شيء: %1</translation>
    </message>
    <message>
        <source>The fix failed and was undone: the space is as it was.
%1</source>
        <extracomment>%1: which step failed and why, and that what was done before it was undone</extracomment>
        <translation>فشل الإصلاح وأُلغي: المساحة كما كانت.
%1</translation>
    </message>
    <message>
        <source>The fix failed and could not be undone entirely:
%1</source>
        <extracomment>%1: which step failed, why, and what could not be put back</extracomment>
        <translation>فشل الإصلاح وتعذّر التراجع عنه بالكامل:
%1</translation>
    </message>
    <message>
        <source>The pattern it follows</source>
        <extracomment>The first choice of &quot;Meant to follow&quot;: no pattern is said, the check takes the one the space follows</extracomment>
        <translation>النمط الذي تتبعه</translation>
    </message>
    <message>
        <source>The guest/host pattern the space is meant to follow: the check then applies that pattern&apos;s rules and says when the space follows another</source>
        <translation>نمط الضيوف والمضيفين الذي يُفترض أن تتبعه المساحة: يطبّق الفحص عندئذٍ قواعد هذا النمط ويُنبّه إذا كانت المساحة تتبع نمطًا آخر</translation>
    </message>
    <message>
        <source>&amp;Meant to follow:</source>
        <translation>النمط المقصود:</translation>
    </message>
</context>
<context>
    <name>views::GuestHostDetailsPage</name>
    <message>
        <source>To go on: %1</source>
        <extracomment>%1: the first problem of the details, a sentence</extracomment>
        <translation>للمتابعة: %1</translation>
    </message>
    <message>
        <source>The cluster refuses some of these values: see under the fields.</source>
        <translation>ترفض المجموعة العنقودية بعض هذه القيم: انظر أسفل الحقول.</translation>
    </message>
    <message>
        <source>Checking the values against the cluster…</source>
        <translation>جارٍ التحقق من القيم لدى المجموعة العنقودية…</translation>
    </message>
    <message>
        <source>Each space is checked against the cluster on the next page.</source>
        <translation>يُتحقق من كل مساحة لدى المجموعة العنقودية في الصفحة التالية.</translation>
    </message>
    <message>
        <source>The values could not be checked against the cluster: %1</source>
        <translation>تعذّر التحقق من القيم لدى المجموعة العنقودية: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>What is left to fix</source>
        <translation>ما بقي لإصلاحه</translation>
    </message>
    <message>
        <source>“%1” for %2.</source>
        <extracomment>%1: the pattern&apos;s name, %2: what the wizard works on (&quot;the space “Board”&quot;, &quot;3 spaces&quot;)</extracomment>
        <translation>النمط «%1» مطبَّقًا على %2.</translation>
    </message>
    <message>
        <source>Each space keeps its own URI and call ID. The hosts&apos; URI and call ID must differ from one space to the next, so they are made from each space&apos;s own with the suffix you type (“board” becomes “board.host”); leave a suffix empty to set no such value.</source>
        <translation>تحتفظ كل مساحة بعنوان URI ومعرّف المكالمة الخاصين بها. يجب أن يختلف عنوان URI ومعرّف المكالمة الخاصان بالمضيفين من مساحة إلى أخرى، لذا يُكوَّنان من قيم كل مساحة مع اللاحقة التي تكتبها («board» تصبح «board.host»)؛ اترك اللاحقة فارغة كي لا تُعيَّن هذه القيمة.</translation>
    </message>
    <message>
        <source>The new space is created with these values.</source>
        <translation>تُنشأ المساحة الجديدة بهذه القيم.</translation>
    </message>
    <message>
        <source>Leave the guests&apos; URI and call ID empty to keep those the space has.</source>
        <translation>اترك عنوان URI ومعرّف المكالمة الخاصين بالضيوف فارغين للإبقاء على قيم المساحة.</translation>
    </message>
    <message>
        <source>Space &amp;name</source>
        <translation>&amp;اسم المساحة</translation>
    </message>
    <message>
        <source>&amp;Guests&apos; URI</source>
        <translation>عنوان URI &amp;الخاص بالضيوف</translation>
    </message>
    <message>
        <source>Guests&apos; &amp;call ID</source>
        <translation>معرّف &amp;المكالمة الخاص بالضيوف</translation>
    </message>
    <message>
        <source>&amp;Hosts&apos; URI: each space&apos;s URI followed by</source>
        <translation>عنوان URI &amp;الخاص بالمضيفين: عنوان URI لكل مساحة متبوعًا بـ</translation>
    </message>
    <message>
        <source>&amp;Hosts&apos; URI</source>
        <translation>عنوان URI &amp;الخاص بالمضيفين</translation>
    </message>
    <message>
        <source>Hosts&apos; call &amp;ID: each space&apos;s call ID followed by</source>
        <translation>معرّف &amp;المكالمة الخاص بالمضيفين: معرّف مكالمة كل مساحة متبوعًا بـ</translation>
    </message>
    <message>
        <source>Hosts&apos; call &amp;ID</source>
        <translation>معرّف &amp;المكالمة الخاص بالمضيفين</translation>
    </message>
    <message>
        <source>G&amp;uest PIN</source>
        <translation>&amp;رمز PIN الخاص بالضيوف</translation>
    </message>
    <message>
        <source>Host &amp;PIN</source>
        <translation>&amp;رمز PIN الخاص بالمضيف</translation>
    </message>
    <message>
        <source>Guests enter the empty PIN &amp;by</source>
        <translation>طريقة إدخال الضيوف لرمز PIN &amp;الفارغ</translation>
    </message>
    <message>
        <source>Silence that counts as an empty PIN</source>
        <translation>مدة الصمت التي تُعدّ رمز PIN فارغًا</translation>
    </message>
    <message>
        <source>Host &amp;user</source>
        <translation>&amp;المستخدم المضيف</translation>
    </message>
    <message>
        <source>When the last host &amp;leaves</source>
        <translation>عندما يغادر &amp;آخر مضيف</translation>
    </message>
    <message>
        <source>Space name</source>
        <translation>اسم المساحة</translation>
    </message>
    <message>
        <source>Guests&apos; URI</source>
        <translation>عنوان URI الخاص بالضيوف</translation>
    </message>
    <message>
        <source>Guests&apos; call ID</source>
        <translation>معرّف المكالمة الخاص بالضيوف</translation>
    </message>
    <message>
        <source>Suffix of the hosts&apos; URI</source>
        <translation>لاحقة عنوان URI الخاص بالمضيفين</translation>
    </message>
    <message>
        <source>Hosts&apos; URI</source>
        <translation>عنوان URI الخاص بالمضيفين</translation>
    </message>
    <message>
        <source>Suffix of the hosts&apos; call ID</source>
        <translation>لاحقة معرّف المكالمة الخاص بالمضيفين</translation>
    </message>
    <message>
        <source>Hosts&apos; call ID</source>
        <translation>معرّف المكالمة الخاص بالمضيفين</translation>
    </message>
    <message>
        <source>Guest PIN</source>
        <translation>رمز PIN الخاص بالضيوف</translation>
    </message>
    <message>
        <source>Host PIN</source>
        <translation>رمز PIN الخاص بالمضيف</translation>
    </message>
    <message>
        <source>How guests enter the empty PIN</source>
        <translation>طريقة إدخال الضيوف لرمز PIN الفارغ</translation>
    </message>
    <message>
        <source>Host user</source>
        <translation>المستخدم المضيف</translation>
    </message>
    <message>
        <source>When the last host leaves</source>
        <translation>عندما يغادر آخر مضيف</translation>
    </message>
    <message>
        <source>The space has none</source>
        <extracomment>Placeholder of an empty field: the space has no such value, and none is set</extracomment>
        <translation>ليس للمساحة قيمة</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <extracomment>Placeholder of an empty field: %1 is the value the space keeps</extracomment>
        <translation>الإبقاء على %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>For example .host</source>
        <translation>مثلًا ‎.host</translation>
    </message>
    <message>
        <source>Type a name or an address</source>
        <translation>اكتب اسمًا أو عنوانًا</translation>
    </message>
    <message>
        <source>Pressing # (they are asked)</source>
        <translation>الضغط على # (يُطلب منهم ذلك)</translation>
    </message>
    <message>
        <source>Waiting in silence</source>
        <translation>الانتظار بصمت</translation>
    </message>
    <message>
        <source>The guests go back to the lobby</source>
        <translation>يعود الضيوف إلى الردهة</translation>
    </message>
    <message>
        <source>The guests are disconnected</source>
        <translation>يُقطع اتصال الضيوف</translation>
    </message>
    <message>
        <source>The meeting goes on with the guests</source>
        <translation>يستمر الاجتماع مع الضيوف</translation>
    </message>
</context>
<context>
    <name>views::GuestHostPatternDiagram</name>
    <message>
        <source>Dials the space&apos;s URI or call ID</source>
        <translation>يطلب عنوان URI للمساحة أو معرّف مكالمتها</translation>
    </message>
    <message>
        <source>Dials the space&apos;s URI, enters the guest PIN</source>
        <translation>يطلب عنوان URI للمساحة ويُدخل رمز PIN الخاص بالضيوف</translation>
    </message>
    <message>
        <source>Dials the space&apos;s URI, no PIN (# or silence)</source>
        <translation>يطلب عنوان URI للمساحة، دون رمز PIN (# أو صمت)</translation>
    </message>
    <message>
        <source>Dials the hosts&apos; own URI or call ID</source>
        <translation>يطلب عنوان URI أو معرّف المكالمة الخاص بالمضيفين</translation>
    </message>
    <message>
        <source>Dials the same URI, enters the host PIN</source>
        <translation>يطلب عنوان URI نفسه ويُدخل رمز PIN الخاص بالمضيف</translation>
    </message>
    <message>
        <source>Signs in to the web app as a member</source>
        <translation>يسجّل الدخول إلى تطبيق الويب بصفته عضوًا</translation>
    </message>
    <message>
        <source>Guest: %1; waits in the lobby. Host: %2; goes straight into the meeting and lets the guests in.</source>
        <extracomment>Accessible description of a diagram. %1: what the guest does, %2: what the host does</extracomment>
        <translation>الضيف: %1؛ وينتظر في الردهة. المضيف: %2؛ ويدخل الاجتماع مباشرة ويُدخل الضيوف.</translation>
    </message>
    <message>
        <source>Diagram: %1</source>
        <extracomment>Accessible name of a diagram; %1: the pattern&apos;s name</extracomment>
        <translation>مخطط: %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>الضيف</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Lobby: waits for a host</source>
        <translation>الردهة: انتظار مضيف</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
</context>
<context>
    <name>views::GuestHostPatternPage</name>
    <message>
        <source>SIP and the web app. Hosts get a URI and call ID of their own, so no PIN is needed to tell them apart; guests may still have a PIN. Choose it when hosts can be given another address.</source>
        <translation>لاتصالات SIP ولتطبيق الويب. للمضيفين عنوان URI ومعرّف مكالمة خاصان بهم، فلا حاجة إلى رمز PIN لتمييزهم؛ ويمكن أن يبقى للضيوف رمز PIN. اختره عندما يمكن إعطاء المضيفين عنوانًا آخر.</translation>
    </message>
    <message>
        <source>SIP and the web app. Everybody dials the same URI; the PIN entered says who is a host. Choose it when guests have a PIN anyway.</source>
        <translation>لاتصالات SIP ولتطبيق الويب. يطلب الجميع عنوان URI نفسه؛ ورمز PIN المُدخل هو ما يحدد المضيف. اختره عندما يكون للضيوف رمز PIN على أي حال.</translation>
    </message>
    <message>
        <source>SIP callers only: web app joins are not affected. Guests enter no PIN (they press # or wait), hosts enter theirs. Choose it when guests must get in without a PIN.</source>
        <translation>لمتصلي SIP فقط: لا يتأثر الانضمام عبر تطبيق الويب. لا يُدخل الضيوف رمز PIN (يضغطون على # أو ينتظرون)، ويُدخل المضيفون رمزهم. اختره عندما يجب أن يدخل الضيوف دون رمز PIN.</translation>
    </message>
    <message>
        <source>The web app. The host signs in as a member of the space and owns it; guests dial its URI. Choose it when the host has a user account; a host PIN for SIP is optional.</source>
        <translation>تطبيق الويب. يسجّل المضيف الدخول بصفته عضوًا في المساحة ومالكًا لها؛ ويطلب الضيوف عنوان URI الخاص بها. اختره عندما يكون للمضيف حساب مستخدم؛ ورمز PIN للمضيف عبر SIP اختياري.</translation>
    </message>
    <message>
        <source>Choose a Pattern</source>
        <translation>اختيار نمط</translation>
    </message>
    <message>
        <source>How guests and hosts reach %1: guests wait in the lobby until a host joins.</source>
        <extracomment>%1: what the wizard works on (&quot;the space “Board”&quot;, &quot;3 spaces&quot;, &quot;a new space&quot;)</extracomment>
        <translation>كيف يصل الضيوف والمضيفون إلى %1: ينتظر الضيوف في الردهة حتى ينضم مضيف.</translation>
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
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These are the steps, in order, with the exact values sent; PINs are shown as •••.</source>
        <translation>لم يتغير شيء بعد. هذه هي الخطوات بالترتيب مع القيم الدقيقة التي ستُرسل؛ وتظهر رموز PIN على شكل •••.</translation>
    </message>
    <message>
        <source>Each space is planned again just before it is changed, so a profile created for the first space is reused by the next ones rather than created again. A space that fails does not stop the others.</source>
        <translation>يُخطَّط لكل مساحة من جديد قبيل تغييرها مباشرة، فيُعاد استخدام ملف التعريف الذي أُنشئ للمساحة الأولى في المساحات التالية بدلًا من إنشائه مرة أخرى. ولا يوقف فشلُ مساحةٍ المساحاتِ الأخرى.</translation>
    </message>
    <message>
        <source>If a step fails, every step done before it is undone, in reverse order.</source>
        <translation>إذا فشلت خطوة، يُتراجع عن كل الخطوات المنفذة قبلها بترتيب عكسي.</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>الخطوات المخطط لها</translation>
    </message>
    <message>
        <source>Outcome of the plan</source>
        <translation>نتيجة التخطيط</translation>
    </message>
    <message>
        <source>What is reused, then each API step in order; nothing is sent until you choose Apply</source>
        <translation>ما يُعاد استخدامه، ثم كل خطوة من خطوات واجهة API بالترتيب؛ ولا يُرسل شيء حتى تختار «تطبيق»</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>جارٍ قراءة المجموعة العنقودية…</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>المجموعة العنقودية غير متصلة.</translation>
    </message>
    <message>
        <source>Planning space %1 of %2: %3…</source>
        <translation>جارٍ التخطيط للمساحة %1 من %2: %3…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln خطوة</numerusform>
            <numerusform>خطوة واحدة</numerusform>
            <numerusform>خطوتان</numerusform>
            <numerusform>%Ln خطوات</numerusform>
            <numerusform>%Ln خطوة</numerusform>
            <numerusform>%Ln خطوة</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>لا شيء لتغييره</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
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
        <translation>هذه المساحة مُعدّة بهذا الشكل بالفعل: لا حاجة إلى أي تغيير.</translation>
    </message>
    <message>
        <source>The console will not make these changes: the reasons are listed above. Go back to change the details.</source>
        <translation>لن تُجري وحدة التحكم هذه التغييرات: الأسباب مذكورة أعلاه. ارجع لتغيير التفاصيل.</translation>
    </message>
    <message>
        <source>Nothing needs changing. Next reads the space back to verify it.</source>
        <translation>لا حاجة إلى أي تغيير. يعيد «التالي» قراءة المساحة للتحقق منها.</translation>
    </message>
    <message numerus="yes">
        <source>Apply carries out these %Ln step(s).</source>
        <translation>
            <numerusform>يُنفّذ «تطبيق» %Ln خطوة.</numerusform>
            <numerusform>يُنفّذ «تطبيق» هذه الخطوة.</numerusform>
            <numerusform>يُنفّذ «تطبيق» هاتين الخطوتين.</numerusform>
            <numerusform>يُنفّذ «تطبيق» هذه الخطوات الـ%Ln.</numerusform>
            <numerusform>يُنفّذ «تطبيق» هذه الخطوات الـ%Ln.</numerusform>
            <numerusform>يُنفّذ «تطبيق» هذه الخطوات الـ%Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>To change: %1. Already right: %2. Refused: %3.</source>
        <extracomment>%1, %2, %3: numbers of spaces (each &quot;N space(s)&quot;)</extracomment>
        <translation>للتغيير: %1. صحيحة بالفعل: %2. مرفوضة: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln مساحة</numerusform>
            <numerusform>مساحة واحدة</numerusform>
            <numerusform>مساحتان</numerusform>
            <numerusform>%Ln مساحات</numerusform>
            <numerusform>%Ln مساحة</numerusform>
            <numerusform>%Ln مساحة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;التحقق</translation>
    </message>
</context>
<context>
    <name>views::GuestHostRunPage</name>
    <message>
        <source>Applying</source>
        <translation>جارٍ التطبيق</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;التحقق</translation>
    </message>
    <message>
        <source>One space after the other; each gets its own result.</source>
        <translation>مساحة تلو الأخرى؛ ولكل منها نتيجتها.</translation>
    </message>
    <message>
        <source>Each step is sent, then read back.</source>
        <translation>تُرسل كل خطوة ثم تُقرأ مجددًا.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Result per space</source>
        <translation>النتيجة لكل مساحة</translation>
    </message>
    <message>
        <source>Steps and their results</source>
        <translation>الخطوات ونتائجها</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Outcome of the changes</source>
        <translation>نتيجة التغييرات</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Undoing: %1</source>
        <extracomment>%1: the step being undone</extracomment>
        <translation>جارٍ التراجع: %1</translation>
    </message>
    <message>
        <source>Under way…</source>
        <translation>قيد التنفيذ…</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <extracomment>%1: the space&apos;s name, %2: step number, %3: number of steps, %4: the step</extracomment>
        <translation>%1، الخطوة %2 من %3: %4</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>لا شيء لتغييره</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Failed, undone</source>
        <translation>فشل، وتم التراجع</translation>
    </message>
    <message>
        <source>Failed, not all undone</source>
        <translation>فشل، ولم يُتراجع عن كل شيء</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>Done, see below</source>
        <translation>تم، انظر أدناه</translation>
    </message>
    <message>
        <source>Set up: %1. Already right: %2. Not set up: %3.</source>
        <extracomment>%1, %2, %3: numbers of spaces (each &quot;N space(s)&quot;)</extracomment>
        <translation>أُعدّت: %1. صحيحة بالفعل: %2. لم تُعدّ: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln مساحة</numerusform>
            <numerusform>مساحة واحدة</numerusform>
            <numerusform>مساحتان</numerusform>
            <numerusform>%Ln مساحات</numerusform>
            <numerusform>%Ln مساحة</numerusform>
            <numerusform>%Ln مساحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: every step was carried out and read back. Next reads the space again to verify it.</source>
        <translation>تم: نُفّذت كل خطوة وأُعيدت قراءتها. يعيد «التالي» قراءة المساحة للتحقق منها.</translation>
    </message>
    <message>
        <source>Nothing needed changing.</source>
        <translation>لم يكن هناك ما يحتاج إلى تغيير.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <extracomment>%1: why</extracomment>
        <translation>لم يتغير شيء: %1</translation>
    </message>
    <message>
        <source>Stopping at the next step; what was done is undone…</source>
        <translation>جارٍ التوقف عند الخطوة التالية والتراجع عمّا نُفّذ…</translation>
    </message>
</context>
<context>
    <name>views::GuestHostVerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Read back from the cluster: what a guest and the host now get.</source>
        <translation>مقروء من المجموعة العنقودية: ما يحصل عليه الضيف والمضيف الآن.</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>المتوقَّع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Expectations and whether they are met</source>
        <translation>التوقعات ومدى تحققها</translation>
    </message>
    <message>
        <source>Outcome of the read-back</source>
        <translation>نتيجة إعادة القراءة</translation>
    </message>
    <message>
        <source>Reading back %1…</source>
        <extracomment>%1: the space&apos;s name</extracomment>
        <translation>جارٍ إعادة قراءة %1…</translation>
    </message>
    <message>
        <source>The space could not be read back: %1</source>
        <extracomment>%1: why the space could not be read back</extracomment>
        <translation>تعذّرت إعادة قراءة المساحة: %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>متحقق</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>غير متحقق</translation>
    </message>
    <message>
        <source>No space was set up: nothing to read back.</source>
        <translation>لم تُعدّ أي مساحة: لا شيء لإعادة قراءته.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln expectation(s) met.</source>
        <translation>
            <numerusform>تحقق %Ln توقع.</numerusform>
            <numerusform>تحقق التوقع الوحيد.</numerusform>
            <numerusform>تحقق التوقعان كلاهما.</numerusform>
            <numerusform>تحققت التوقعات الـ%Ln كلها.</numerusform>
            <numerusform>تحققت التوقعات الـ%Ln كلها.</numerusform>
            <numerusform>تحققت التوقعات الـ%Ln كلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expectation(s) not met: see the rows marked above.</source>
        <translation>
            <numerusform>%Ln توقع غير متحقق: انظر الصفوف المعلَّمة أعلاه.</numerusform>
            <numerusform>توقع واحد غير متحقق: انظر الصفوف المعلَّمة أعلاه.</numerusform>
            <numerusform>توقعان غير متحققين: انظر الصفوف المعلَّمة أعلاه.</numerusform>
            <numerusform>%Ln توقعات غير متحققة: انظر الصفوف المعلَّمة أعلاه.</numerusform>
            <numerusform>%Ln توقعًا غير متحقق: انظر الصفوف المعلَّمة أعلاه.</numerusform>
            <numerusform>%Ln توقع غير متحقق: انظر الصفوف المعلَّمة أعلاه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GuestHostWizard</name>
    <message>
        <source>a new space</source>
        <translation>مساحة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln مساحة</numerusform>
            <numerusform>مساحة واحدة</numerusform>
            <numerusform>مساحتان</numerusform>
            <numerusform>%Ln مساحات</numerusform>
            <numerusform>%Ln مساحة</numerusform>
            <numerusform>%Ln مساحة</numerusform>
        </translation>
    </message>
    <message>
        <source>the space “%1”</source>
        <extracomment>%1: the space&apos;s name</extracomment>
        <translation>المساحة «%1»</translation>
    </message>
    <message>
        <source>Guest and Host Access</source>
        <translation>وصول الضيوف والمضيفين</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق</translation>
    </message>
</context>
<context>
    <name>views::LivePane</name>
    <message>
        <source>Find a person or a meeting by name, address or user (%1)</source>
        <translation>ابحث عن شخص أو اجتماع بالاسم أو العنوان أو المستخدم (%1)</translation>
    </message>
    <message>
        <source>Search calls and participants</source>
        <translation>البحث في المكالمات والمشاركين</translation>
    </message>
    <message>
        <source>Shows the meetings and the participants whose name, address or user contain every word typed</source>
        <translation>يعرض الاجتماعات والمشاركين الذين يتضمن اسمهم أو عنوانهم أو مستخدمهم كل كلمة مكتوبة</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;المكالمات</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>المكالمات</translation>
    </message>
    <message>
        <source>Every meeting of the cluster; a meeting that runs on several call bridges lists its calls under it. Drop participants on a meeting to move them there.</source>
        <translation>كل اجتماعات المجموعة العنقودية؛ ويعرض الاجتماع الذي يجري على عدة جسور مكالمات مكالماته تحته. أفلت المشاركين على اجتماع لنقلهم إليه.</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;المشاركون</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>The participants of the chosen meetings, or of every meeting when none is chosen. Drag them onto a meeting, or use Move To, to move them.</source>
        <translation>مشاركو الاجتماعات المختارة، أو مشاركو كل الاجتماعات إذا لم يُختر أي منها. اسحبهم إلى اجتماع، أو استخدم «نقل إلى»، لنقلهم.</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>نقل &amp;إلى…</translation>
    </message>
    <message>
        <source>Move the selected participants into another meeting (%1)</source>
        <translation>نقل المشاركين المحددين إلى اجتماع آخر (%1)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;البحث</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>نقل إلى</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln participant(s) into the meeting:</source>
        <translation>
            <numerusform>نقل %Ln مشارك إلى الاجتماع:</numerusform>
            <numerusform>نقل مشارك واحد إلى الاجتماع:</numerusform>
            <numerusform>نقل مشاركَين إلى الاجتماع:</numerusform>
            <numerusform>نقل %Ln مشاركين إلى الاجتماع:</numerusform>
            <numerusform>نقل %Ln مشاركًا إلى الاجتماع:</numerusform>
            <numerusform>نقل %Ln مشارك إلى الاجتماع:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Participants</source>
        <translation>نقل المشاركين</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln participant(s) into «%1»?</source>
        <translation>
            <numerusform>نقل %Ln مشارك إلى «%1»؟</numerusform>
            <numerusform>نقل مشارك واحد إلى «%1»؟</numerusform>
            <numerusform>نقل مشاركَين إلى «%1»؟</numerusform>
            <numerusform>نقل %Ln مشاركين إلى «%1»؟</numerusform>
            <numerusform>نقل %Ln مشاركًا إلى «%1»؟</numerusform>
            <numerusform>نقل %Ln مشارك إلى «%1»؟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>نقل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) moved into «%1».</source>
        <translation>
            <numerusform>لم يُنقل أي مشارك إلى «%1».</numerusform>
            <numerusform>نُقل مشارك واحد إلى «%1».</numerusform>
            <numerusform>نُقل مشاركان إلى «%1».</numerusform>
            <numerusform>نُقل %Ln مشاركين إلى «%1».</numerusform>
            <numerusform>نُقل %Ln مشاركًا إلى «%1».</numerusform>
            <numerusform>نُقل %Ln مشارك إلى «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be moved.</source>
        <translation>
            <numerusform>لم يتعذّر نقل أي مشارك من أصل %1.</numerusform>
            <numerusform>تعذّر نقل مشارك واحد من أصل %1.</numerusform>
            <numerusform>تعذّر نقل مشاركَين من أصل %1.</numerusform>
            <numerusform>تعذّر نقل %Ln مشاركين من أصل %1.</numerusform>
            <numerusform>تعذّر نقل %Ln مشاركًا من أصل %1.</numerusform>
            <numerusform>تعذّر نقل %Ln مشارك من أصل %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving %1 into «%2»…</source>
        <translation>جارٍ نقل %1 إلى «%2»…</translation>
    </message>
    <message>
        <source>%1 moved into «%2».</source>
        <translation>نُقل %1 إلى «%2».</translation>
    </message>
    <message>
        <source>%1 was not moved into «%2»: %3</source>
        <translation>لم يُنقل %1 إلى «%2»: %3</translation>
    </message>
    <message>
        <source>Mute or Unmute &amp;Audio</source>
        <translation>كتم &amp;الصوت أو إلغاء كتمه</translation>
    </message>
    <message>
        <source>Mute the selected participants&apos; audio, or unmute it when all are muted</source>
        <translation>كتم صوت المشاركين المحددين، أو إلغاء كتمه إذا كان مكتومًا لدى الجميع</translation>
    </message>
    <message>
        <source>Stop or Start &amp;Video</source>
        <translation>إيقاف &amp;الفيديو أو تشغيله</translation>
    </message>
    <message>
        <source>Stop the selected participants&apos; video, or start it again when all are stopped</source>
        <translation>إيقاف فيديو المشاركين المحددين، أو تشغيله من جديد إذا كان متوقفًا لدى الجميع</translation>
    </message>
    <message>
        <source>&amp;Let In from the Lobby</source>
        <translation>&amp;إدخال من الردهة</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>قطع &amp;الاتصال…</translation>
    </message>
    <message>
        <source>&amp;End Meeting…</source>
        <translation>&amp;إنهاء الاجتماع…</translation>
    </message>
    <message>
        <source>Video of %1 stopped.</source>
        <translation>أُوقف فيديو %1.</translation>
    </message>
    <message>
        <source>Video of %1 started again.</source>
        <translation>أُعيد تشغيل فيديو %1.</translation>
    </message>
    <message>
        <source>%1 muted.</source>
        <translation>كُتم صوت %1.</translation>
    </message>
    <message>
        <source>%1 unmuted.</source>
        <translation>أُلغي كتم صوت %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changing video…</source>
        <translation>جارٍ تغيير الفيديو…</translation>
    </message>
    <message>
        <source>Changing audio…</source>
        <translation>جارٍ تغيير الصوت…</translation>
    </message>
    <message numerus="yes">
        <source>Done for %Ln participant(s).</source>
        <translation>
            <numerusform>لم يُنفَّذ لأي مشارك.</numerusform>
            <numerusform>نُفِّذ لمشارك واحد.</numerusform>
            <numerusform>نُفِّذ لمشاركَين.</numerusform>
            <numerusform>نُفِّذ لـ%Ln مشاركين.</numerusform>
            <numerusform>نُفِّذ لـ%Ln مشاركًا.</numerusform>
            <numerusform>نُفِّذ لـ%Ln مشارك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be changed.</source>
        <translation>
            <numerusform>لم يتعذّر تغيير أي مشارك من أصل %1.</numerusform>
            <numerusform>تعذّر تغيير مشارك واحد من أصل %1.</numerusform>
            <numerusform>تعذّر تغيير مشاركَين من أصل %1.</numerusform>
            <numerusform>تعذّر تغيير %Ln مشاركين من أصل %1.</numerusform>
            <numerusform>تعذّر تغيير %Ln مشاركًا من أصل %1.</numerusform>
            <numerusform>تعذّر تغيير %Ln مشارك من أصل %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 let in from the lobby.</source>
        <translation>أُدخل %1 من الردهة.</translation>
    </message>
    <message>
        <source>Letting participants in…</source>
        <translation>جارٍ إدخال المشاركين…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) let in.</source>
        <translation>
            <numerusform>لم يُدخَل أي مشارك.</numerusform>
            <numerusform>أُدخل مشارك واحد.</numerusform>
            <numerusform>أُدخل مشاركان.</numerusform>
            <numerusform>أُدخل %Ln مشاركين.</numerusform>
            <numerusform>أُدخل %Ln مشاركًا.</numerusform>
            <numerusform>أُدخل %Ln مشارك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be let in.</source>
        <translation>
            <numerusform>لم يتعذّر إدخال أي مشارك من أصل %1.</numerusform>
            <numerusform>تعذّر إدخال مشارك واحد من أصل %1.</numerusform>
            <numerusform>تعذّر إدخال مشاركَين من أصل %1.</numerusform>
            <numerusform>تعذّر إدخال %Ln مشاركين من أصل %1.</numerusform>
            <numerusform>تعذّر إدخال %Ln مشاركًا من أصل %1.</numerusform>
            <numerusform>تعذّر إدخال %Ln مشارك من أصل %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>قُطع اتصال %1.</translation>
    </message>
    <message>
        <source>Disconnect Participants</source>
        <translation>قطع اتصال المشاركين</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %Ln participant(s)?</source>
        <translation>
            <numerusform>قطع اتصال %Ln مشارك؟</numerusform>
            <numerusform>قطع اتصال مشارك واحد؟</numerusform>
            <numerusform>قطع اتصال مشاركَين؟</numerusform>
            <numerusform>قطع اتصال %Ln مشاركين؟</numerusform>
            <numerusform>قطع اتصال %Ln مشاركًا؟</numerusform>
            <numerusform>قطع اتصال %Ln مشارك؟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>قطع &amp;الاتصال</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>جارٍ قطع الاتصال…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) disconnected.</source>
        <translation>
            <numerusform>لم يُقطع اتصال أي مشارك.</numerusform>
            <numerusform>قُطع اتصال مشارك واحد.</numerusform>
            <numerusform>قُطع اتصال مشاركَين.</numerusform>
            <numerusform>قُطع اتصال %Ln مشاركين.</numerusform>
            <numerusform>قُطع اتصال %Ln مشاركًا.</numerusform>
            <numerusform>قُطع اتصال %Ln مشارك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be disconnected.</source>
        <translation>
            <numerusform>لم يتعذّر قطع اتصال أي مشارك من أصل %1.</numerusform>
            <numerusform>تعذّر قطع اتصال مشارك واحد من أصل %1.</numerusform>
            <numerusform>تعذّر قطع اتصال مشاركَين من أصل %1.</numerusform>
            <numerusform>تعذّر قطع اتصال %Ln مشاركين من أصل %1.</numerusform>
            <numerusform>تعذّر قطع اتصال %Ln مشاركًا من أصل %1.</numerusform>
            <numerusform>تعذّر قطع اتصال %Ln مشارك من أصل %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting «%1» ended.</source>
        <translation>انتهى اجتماع «%1».</translation>
    </message>
    <message>
        <source>«%1»: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>End Meetings</source>
        <translation>إنهاء الاجتماعات</translation>
    </message>
    <message numerus="yes">
        <source>End %Ln meeting(s)? Everyone in them is disconnected.</source>
        <translation>
            <numerusform>إنهاء %Ln اجتماع؟ سيُقطع اتصال كل من فيه.</numerusform>
            <numerusform>إنهاء اجتماع واحد؟ سيُقطع اتصال كل من فيه.</numerusform>
            <numerusform>إنهاء اجتماعين؟ سيُقطع اتصال كل من فيهما.</numerusform>
            <numerusform>إنهاء %Ln اجتماعات؟ سيُقطع اتصال كل من فيها.</numerusform>
            <numerusform>إنهاء %Ln اجتماعًا؟ سيُقطع اتصال كل من فيها.</numerusform>
            <numerusform>إنهاء %Ln اجتماع؟ سيُقطع اتصال كل من فيها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln participant(s) in all.</source>
        <translation>
            <numerusform>%1 — لا مشاركين.</numerusform>
            <numerusform>%1 — مشارك واحد في المجموع.</numerusform>
            <numerusform>%1 — مشاركان في المجموع.</numerusform>
            <numerusform>%1 — %Ln مشاركين في المجموع.</numerusform>
            <numerusform>%1 — %Ln مشاركًا في المجموع.</numerusform>
            <numerusform>%1 — %Ln مشارك في المجموع.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) ended.</source>
        <translation>
            <numerusform>لم يُنهَ أي اجتماع.</numerusform>
            <numerusform>انتهى اجتماع واحد.</numerusform>
            <numerusform>انتهى اجتماعان.</numerusform>
            <numerusform>انتهت %Ln اجتماعات.</numerusform>
            <numerusform>انتهى %Ln اجتماعًا.</numerusform>
            <numerusform>انتهى %Ln اجتماع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 meeting(s) could not be ended.</source>
        <translation>
            <numerusform>لم يتعذّر إنهاء أي اجتماع من أصل %1.</numerusform>
            <numerusform>تعذّر إنهاء اجتماع واحد من أصل %1.</numerusform>
            <numerusform>تعذّر إنهاء اجتماعين من أصل %1.</numerusform>
            <numerusform>تعذّر إنهاء %Ln اجتماعات من أصل %1.</numerusform>
            <numerusform>تعذّر إنهاء %Ln اجتماعًا من أصل %1.</numerusform>
            <numerusform>تعذّر إنهاء %Ln اجتماع من أصل %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dial &amp;Out…</source>
        <translation>&amp;اتصال صادر…</translation>
    </message>
    <message>
        <source>Call someone into the selected meeting (%1)</source>
        <translation>أدخِل شخصًا إلى الاجتماع المحدد بالاتصال به (%1)</translation>
    </message>
    <message>
        <source>&amp;Start Meeting…</source>
        <translation>بدء &amp;اجتماع…</translation>
    </message>
    <message>
        <source>Start the meeting of a space on a call bridge (%1)</source>
        <translation>بدء اجتماع مساحة على جسر مكالمات (%1)</translation>
    </message>
    <message>
        <source>Live actions</source>
        <translation>إجراءات مباشرة</translation>
    </message>
    <message>
        <source>%1 dialled from «%2».</source>
        <translation>جرى الاتصال بـ %1 من «%2».</translation>
    </message>
    <message>
        <source>%1 could not be dialled from «%2»: %3</source>
        <translation>تعذّر الاتصال بـ %1 من «%2»: %3</translation>
    </message>
    <message>
        <source>Dialling %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>%1 is being called.</source>
        <translation>جارٍ الاتصال بـ %1.</translation>
    </message>
    <message>
        <source>%1 could not be called.</source>
        <translation>تعذّر الاتصال بـ %1.</translation>
    </message>
    <message>
        <source>Meeting of «%1» started.</source>
        <translation>بدأ اجتماع «%1».</translation>
    </message>
    <message>
        <source>The meeting of «%1» did not start: %2</source>
        <translation>لم يبدأ اجتماع «%1»: %2</translation>
    </message>
    <message>
        <source>Starting the meeting of «%1»…</source>
        <translation>جارٍ بدء اجتماع «%1»…</translation>
    </message>
    <message>
        <source>The meeting of «%1» did not start.</source>
        <translation>لم يبدأ اجتماع «%1».</translation>
    </message>
    <message>
        <source>More live actions</source>
        <translation>مزيد من الإجراءات المباشرة</translation>
    </message>
</context>
<context>
    <name>views::LiveSection</name>
    <message>
        <source>Live</source>
        <extracomment>The section of live calls and participants</extracomment>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <extracomment>View menu: show the Live section; also the title of the Live menu</extracomment>
        <translation>&amp;المباشر</translation>
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
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>مجموعة عنقو&amp;دية</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عر&amp;ض</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>تعليما&amp;ت</translation>
    </message>
    <message>
        <source>&amp;Add Cluster…</source>
        <translation>&amp;إضافة مجموعة عنقودية…</translation>
    </message>
    <message>
        <source>Connect to another cluster by the address of one of its call bridges.</source>
        <translation>الاتصال بمجموعة عنقودية أخرى عبر عنوان أحد جسور المكالمات فيها.</translation>
    </message>
    <message>
        <source>&amp;Edit Cluster…</source>
        <translation>تحرير &amp;المجموعة العنقودية…</translation>
    </message>
    <message>
        <source>&amp;Failover Settings…</source>
        <translation>&amp;إعدادات تجاوز الفشل…</translation>
    </message>
    <message>
        <source>&amp;Remove Cluster…</source>
        <translation>إزالة &amp;المجموعة العنقودية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خر&amp;وج</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;About CMS Console</source>
        <translation>حو&amp;ل CMS Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;النشاط</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;الأقسام</translation>
    </message>
    <message>
        <source>C&amp;lusters</source>
        <translation>&amp;المجموعات العنقودية</translation>
    </message>
    <message>
        <source>No cluster yet</source>
        <translation>لا توجد مجموعة عنقودية بعد</translation>
    </message>
    <message>
        <source>Add a cluster by the address of one of its call bridges. To try the console first, start it with --demo: it then runs a simulated cluster of its own.</source>
        <translation>أضف مجموعة عنقودية عبر عنوان أحد جسور المكالمات فيها. لتجربة وحدة التحكم أولاً، شغّلها مع --demo: ستشغّل حينها مجموعة عنقودية مُحاكاة خاصة بها.</translation>
    </message>
    <message>
        <source>Add a Cluster…</source>
        <translation>إضافة مجموعة عنقودية…</translation>
    </message>
    <message>
        <source>The certificate of %1 is now trusted for that bridge only.</source>
        <translation>أصبحت شهادة %1 موثوقًا بها الآن لهذا الجسر فقط.</translation>
    </message>
    <message>
        <source>Remove Cluster</source>
        <translation>إزالة المجموعة العنقودية</translation>
    </message>
    <message>
        <source>Remove the cluster &quot;%1&quot; from the console?</source>
        <translation>هل تريد إزالة المجموعة العنقودية «%1» من وحدة التحكم؟</translation>
    </message>
    <message>
        <source>Its settings and the passwords stored for it in the system keychain are deleted. Nothing changes on the cluster itself.</source>
        <translation>ستُحذف إعداداتها وكلمات المرور المخزّنة لها في سلسلة مفاتيح النظام. لن يتغير أي شيء في المجموعة العنقودية نفسها.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>About CMS Console</source>
        <translation>حول CMS Console</translation>
    </message>
    <message>
        <source>CMS Console %1</source>
        <translation>CMS Console %1</translation>
    </message>
    <message>
        <source>A console for administering and operating Cisco Meeting Server clusters through their REST API.</source>
        <translation>وحدة تحكم لإدارة مجموعات Cisco Meeting Server العنقودية وتشغيلها عبر واجهة REST API الخاصة بها.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>المجموعات العنقودية</translation>
    </message>
    <message>
        <source>Every cluster with its call bridges; the one chosen is the current cluster</source>
        <translation>كل مجموعة مع جسور المكالمات الخاصة بها؛ المجموعة المختارة هي المجموعة الحالية</translation>
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
        <translation>بدء اجتماع</translation>
    </message>
    <message>
        <source>Start a meeting in the space «%1». The space gets the meeting&apos;s name and passcode, lets non-members in and gets a new secret; the call starts on one call bridge, which then dials the addresses below.</source>
        <translation>بدء اجتماع في المساحة «%1». تأخذ المساحة اسم الاجتماع ورمز مروره، وتسمح لغير الأعضاء بالانضمام، وتحصل على سر جديد؛ وتبدأ المكالمة على جسر مكالمات واحد يتصل بعدها بالعناوين أدناه.</translation>
    </message>
    <message>
        <source>&amp;Start Meeting</source>
        <translation>بد&amp;ء الاجتماع</translation>
    </message>
    <message>
        <source>Extend Meeting</source>
        <translation>تمديد الاجتماع</translation>
    </message>
    <message>
        <source>Extend the meeting in «%1»: once its call is found still running, its name, passcode and non-member access are sent again. A field left blank keeps what the space has now.</source>
        <translation>تمديد الاجتماع في «%1»: بعد التحقق من أن مكالمته ما زالت جارية، يُرسَل اسمه ورمز مروره والسماح لغير الأعضاء من جديد. الحقل المتروك فارغًا يُبقي ما لدى المساحة حاليًا.</translation>
    </message>
    <message>
        <source>&amp;Extend Meeting</source>
        <translation>&amp;زيادة مدة الاجتماع</translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation>إنهاء الاجتماع</translation>
    </message>
    <message>
        <source>End the meeting in «%1»: the space gets its placeholder name back, loses its passcode and non-member access, and gets a new secret so that links to the meeting stop working; then the call ends for everyone in it.</source>
        <translation>إنهاء الاجتماع في «%1»: تستعيد المساحة اسمها المحجوز، وتفقد رمز مرورها والسماح لغير الأعضاء، وتحصل على سر جديد فتتوقف روابط الاجتماع عن العمل؛ ثم تنتهي المكالمة لكل من فيها.</translation>
    </message>
    <message>
        <source>&amp;End Meeting</source>
        <translation>إنها&amp;ء الاجتماع</translation>
    </message>
    <message>
        <source>Notes on the plan</source>
        <translation>ملاحظات على الخطة</translation>
    </message>
    <message>
        <source>Steps of the meeting&apos;s change</source>
        <translation>خطوات تغيير الاجتماع</translation>
    </message>
    <message>
        <source>The API steps sent, in order, with their values (passcodes masked); nothing is sent until you choose to run them</source>
        <translation>خطوات واجهة البرمجة المرسلة بالترتيب مع قيمها (رموز المرور مخفية)؛ لا يُرسَل شيء حتى تختار تنفيذها</translation>
    </message>
    <message>
        <source>Calls to the addresses:</source>
        <translation>المكالمات إلى العناوين:</translation>
    </message>
    <message>
        <source>Calls to the addresses</source>
        <translation>المكالمات إلى العناوين</translation>
    </message>
    <message>
        <source>One row per address dialled: the address, the state of its call, and what the call bridge reported</source>
        <translation>صف لكل عنوان يُتصل به: العنوان وحالة مكالمته وما أفاد به جسر المكالمات</translation>
    </message>
    <message>
        <source>Progress of the meeting&apos;s change</source>
        <translation>تقدم تغيير الاجتماع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Outcome of the meeting&apos;s change</source>
        <translation>نتيجة تغيير الاجتماع</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Show the steps that would be sent, before anything is changed</source>
        <translation>عرض الخطوات التي سترسل قبل تغيير أي شيء</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إغلا&amp;ق</translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation>اسم الاجتماع</translation>
    </message>
    <message>
        <source>The name the space shows while the meeting runs</source>
        <translation>الاسم الذي تعرضه المساحة أثناء الاجتماع</translation>
    </message>
    <message>
        <source>Meeting &amp;name:</source>
        <translation>اسم الاجتماع:</translation>
    </message>
    <message>
        <source>The passcode people type to join; leave it blank for none</source>
        <translation>رمز المرور الذي يكتبه المشاركون للانضمام؛ اتركه فارغًا إن لم يكن هناك رمز</translation>
    </message>
    <message>
        <source>The active call bridge (%1), or another that answers</source>
        <extracomment>The call bridge the console chooses: the one it talks to (%1), or, when that one is silent, one that answers</extracomment>
        <translation>جسر المكالمات النشط (%1)، أو جسر آخر يستجيب</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>جسر المكالمات</translation>
    </message>
    <message>
        <source>The call bridge that holds the meeting&apos;s call and dials the addresses; a running meeting stays on it</source>
        <translation>جسر المكالمات الذي يستضيف مكالمة الاجتماع ويتصل بالعناوين؛ ويبقى الاجتماع الجاري عليه</translation>
    </message>
    <message>
        <source>Call &amp;bridge:</source>
        <translation>جسر &amp;المكالمات:</translation>
    </message>
    <message>
        <source>One address per line: alice@example.com, room7.example.com, +33 1 23 45 67 89</source>
        <translation>عنوان واحد في كل سطر: alice@example.com، room7.example.com، ‎+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Addresses to dial</source>
        <translation>العناوين المطلوب الاتصال بها</translation>
    </message>
    <message>
        <source>One address per line, or separated by commas or semicolons: a URI, an endpoint&apos;s domain name or IP address, or a telephone number</source>
        <translation>عنوان واحد في كل سطر، أو مفصولة بفواصل أو فواصل منقوطة: معرّف URI، أو اسم نطاق نقطة نهاية أو عنوان IP الخاص بها، أو رقم هاتف</translation>
    </message>
    <message>
        <source>&amp;Addresses to dial:</source>
        <translation>&amp;العناوين المطلوب الاتصال بها:</translation>
    </message>
    <message>
        <source>Addresses that cannot be dialled</source>
        <translation>عناوين لا يمكن الاتصال بها</translation>
    </message>
    <message>
        <source>Load from &amp;File…</source>
        <translation>&amp;أخذ العناوين من ملف…</translation>
    </message>
    <message>
        <source>Replace the addresses with those of a text file</source>
        <translation>استبدال العناوين بعناوين ملف نصي</translation>
    </message>
    <message>
        <source>Saved address list</source>
        <translation>قائمة عناوين محفوظة</translation>
    </message>
    <message>
        <source>Lists of addresses saved in the console, for every cluster</source>
        <translation>قوائم عناوين محفوظة في وحدة التحكم، لكل المجموعات</translation>
    </message>
    <message>
        <source>Saved l&amp;ist:</source>
        <translation>قائمة محفوظة:</translation>
    </message>
    <message>
        <source>L&amp;oad List</source>
        <translation>تحميل القائمة</translation>
    </message>
    <message>
        <source>Replace the addresses with the saved list chosen</source>
        <translation>استبدال العناوين بالقائمة المحفوظة المختارة</translation>
    </message>
    <message>
        <source>Sa&amp;ve List…</source>
        <translation>حفظ القائمة…</translation>
    </message>
    <message>
        <source>Save the addresses under a name, for later meetings</source>
        <translation>حفظ العناوين باسم لاجتماعات لاحقة</translation>
    </message>
    <message>
        <source>&amp;Delete List</source>
        <translation>حذف القائمة</translation>
    </message>
    <message>
        <source>Delete the saved list chosen</source>
        <translation>حذف القائمة المحفوظة المختارة</translation>
    </message>
    <message>
        <source>Blank: the name it has</source>
        <translation>فارغ: الاسم الحالي</translation>
    </message>
    <message>
        <source>The meeting&apos;s name, sent again; blank keeps the name the space has</source>
        <translation>اسم الاجتماع، يُرسَل من جديد؛ إن تُرك فارغًا تحتفظ المساحة باسمها الحالي</translation>
    </message>
    <message>
        <source>The meeting&apos;s passcode, sent again; blank keeps the passcode the space has</source>
        <translation>رمز مرور الاجتماع، يُرسَل من جديد؛ إن تُرك فارغًا تحتفظ المساحة برمزها الحالي</translation>
    </message>
    <message>
        <source>Blank: the passcode it has</source>
        <translation>فارغ: الرمز الحالي</translation>
    </message>
    <message>
        <source>The name its pool gives it</source>
        <translation>الاسم الذي تمنحه إياها مجموعتها</translation>
    </message>
    <message>
        <source>Placeholder name</source>
        <translation>اسم المساحة المحجوزة</translation>
    </message>
    <message>
        <source>The name the space gets back once the meeting ends; by default the one its placeholder pool gives it</source>
        <translation>الاسم الذي تستعيده المساحة بعد انتهاء الاجتماع؛ افتراضيًا الاسم الذي تمنحه إياها مجموعة المساحات المحجوزة</translation>
    </message>
    <message>
        <source>Placeholder &amp;name:</source>
        <translation>&amp;اسم المساحة المحجوزة:</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>رمز المرور</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;إظهار</translation>
    </message>
    <message>
        <source>Show the passcode</source>
        <translation>إظهار رمز المرور</translation>
    </message>
    <message>
        <source>Shows the passcode typed instead of dots</source>
        <translation>يُظهر رمز المرور المكتوب بدل النقاط</translation>
    </message>
    <message>
        <source>&amp;Passcode:</source>
        <translation>&amp;رمز المرور:</translation>
    </message>
    <message>
        <source>Wait until the run ends: the dialog closes once nothing is half done.</source>
        <translation>انتظر حتى ينتهي التنفيذ: تُغلق النافذة حين لا يبقى شيء منجز جزئيًا.</translation>
    </message>
    <message>
        <source>A meeting needs a name.</source>
        <translation>يحتاج الاجتماع إلى اسم.</translation>
    </message>
    <message>
        <source>An address cannot be dialled: correct it or remove it first.</source>
        <translation>لا يمكن الاتصال بأحد العناوين: صحّحه أو احذفه أولًا.</translation>
    </message>
    <message>
        <source>Reading the space and the meetings of every call bridge…</source>
        <translation>جارٍ قراءة المساحة واجتماعات كل جسر مكالمات…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1: step number, %2: the step with its values</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. These steps would be sent, in order; if one fails, the steps before it are undone:</source>
        <translation>لم يُغيَّر شيء بعد. سترسل هذه الخطوات بالترتيب؛ وإن فشلت إحداها تُلغى الخطوات التي سبقتها:</translation>
    </message>
    <message>
        <source>The steps sent, in order:</source>
        <translation>الخطوات المرسلة بالترتيب:</translation>
    </message>
    <message numerus="yes">
        <source>Done: the meeting runs on %1, and %n address(es) were dialled.</source>
        <translation>
            <numerusform>تم: يجري الاجتماع على %1، ولم يُتصل بأي عنوان.</numerusform>
            <numerusform>تم: يجري الاجتماع على %1، واتُّصل بعنوان واحد.</numerusform>
            <numerusform>تم: يجري الاجتماع على %1، واتُّصل بعنوانين.</numerusform>
            <numerusform>تم: يجري الاجتماع على %1، واتُّصل بـ %n عناوين.</numerusform>
            <numerusform>تم: يجري الاجتماع على %1، واتُّصل بـ %n عنوانًا.</numerusform>
            <numerusform>تم: يجري الاجتماع على %1، واتُّصل بـ %n عنوان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the meeting is extended; it still runs on %1.</source>
        <translation>تم: مُدِّد الاجتماع؛ وما زال يجري على %1.</translation>
    </message>
    <message>
        <source>Done: the meeting has ended and the space is a placeholder again, with a new secret.</source>
        <translation>تم: انتهى الاجتماع وعادت المساحة مساحة محجوزة بسر جديد.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يُغيَّر شيء: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 failed: %3</source>
        <extracomment>%1: step number, %2: number of steps, %3: the step</extracomment>
        <translation>فشلت الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>The call bridge %1 does not answer: the meeting was not started on another call bridge, as CMS does not move running meetings.</source>
        <extracomment>%1: the call bridge</extracomment>
        <translation>جسر المكالمات %1 لا يستجيب: لم يُبدأ الاجتماع على جسر مكالمات آخر، لأن CMS لا ينقل الاجتماعات الجارية.</translation>
    </message>
    <message>
        <source>Undone, last step first:</source>
        <translation>أُلغي، بدءًا من الخطوة الأخيرة:</translation>
    </message>
    <message>
        <source>Nothing is left changed: the space is as it was, and no call is left running.</source>
        <translation>لم يبقَ شيء مُغيَّرًا: المساحة كما كانت، ولم تبقَ أي مكالمة جارية.</translation>
    </message>
    <message>
        <source>Left changed on the cluster:</source>
        <translation>ما بقي مُغيَّرًا على المجموعة:</translation>
    </message>
    <message>
        <source>No list saved</source>
        <translation>لا توجد قائمة محفوظة</translation>
    </message>
    <message>
        <source>Only a list whose addresses can all be dialled is saved.</source>
        <translation>لا تُحفظ إلا قائمة يمكن الاتصال بكل عناوينها.</translation>
    </message>
    <message>
        <source>Save Address List</source>
        <translation>حفظ قائمة العناوين</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>اسم القائمة:</translation>
    </message>
    <message>
        <source>The list “%1” is replaced.</source>
        <translation>استُبدلت القائمة «%1».</translation>
    </message>
    <message>
        <source>The list “%1” is saved.</source>
        <translation>حُفظت القائمة «%1».</translation>
    </message>
    <message>
        <source>The list “%1” is deleted.</source>
        <extracomment>The addresses typed stay: only the saved copy goes</extracomment>
        <translation>حُذفت القائمة «%1».</translation>
    </message>
    <message>
        <source>Load Addresses</source>
        <translation>تحميل العناوين</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>ملفات نصية (*.txt *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a list of addresses.</source>
        <translation>الملف أكبر من أن يكون قائمة عناوين.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) read from the file.</source>
        <translation>
            <numerusform>لم يُقرأ أي عنوان من الملف.</numerusform>
            <numerusform>قُرئ عنوان واحد من الملف.</numerusform>
            <numerusform>قُرئ عنوانان من الملف.</numerusform>
            <numerusform>قُرئت %n عناوين من الملف.</numerusform>
            <numerusform>قُرئ %n عنوانًا من الملف.</numerusform>
            <numerusform>قُرئ %n عنوان من الملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::MeetingLegsModel</name>
    <message>
        <source>Dialled once the meeting&apos;s call runs.</source>
        <translation>يُتصل به حين تبدأ مكالمة الاجتماع.</translation>
    </message>
    <message>
        <source>The call bridge is asked to dial %1.</source>
        <translation>طُلب من جسر المكالمات الاتصال بـ %1.</translation>
    </message>
    <message>
        <source>Hung up again: the run was undone.</source>
        <translation>أُنهيت المكالمة: أُلغي التنفيذ.</translation>
    </message>
    <message>
        <source>Not dialled: the run stopped before.</source>
        <translation>لم يُتصل به: توقف التنفيذ قبل ذلك.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>يرن</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>لم يُتصل به</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>أُنهيت</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
</context>
<context>
    <name>views::MeetingsPane</name>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Meetings actions</source>
        <translation>إجراءات الاجتماعات</translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>Placeholder pool</source>
        <translation>مجموعة المساحات المحجوزة</translation>
    </message>
    <message>
        <source>The cluster&apos;s placeholder pools, each by its name pattern and size; the table shows the chosen one&apos;s placeholders</source>
        <translation>مجموعات المساحات المحجوزة في المجموعة العنقودية، كل منها بنمط اسمها وحجمها؛ ويعرض الجدول المساحات المحجوزة للمجموعة المختارة</translation>
    </message>
    <message>
        <source>Summary of the pool</source>
        <translation>ملخص المجموعة</translation>
    </message>
    <message>
        <source>Reading the pool</source>
        <translation>قراءة المجموعة</translation>
    </message>
    <message>
        <source>Call bridges not read</source>
        <translation>جسور المكالمات التي لم تُقرأ</translation>
    </message>
    <message>
        <source>Reading failed</source>
        <translation>فشلت القراءة</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>المساحات المحجوزة</translation>
    </message>
    <message>
        <source>Each placeholder of the chosen pool: its space, its state (free, in a meeting or inconsistent), the meeting&apos;s participants and call bridge, and its problems</source>
        <translation>كل مساحة محجوزة في المجموعة المختارة: مساحتها، وحالتها (متاحة أو في اجتماع أو غير متسقة)، ومشاركو الاجتماع وجسر المكالمات، ومشكلاتها</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>التفاصيل:</translation>
    </message>
    <message>
        <source>Details of the chosen placeholder</source>
        <translation>تفاصيل المساحة المحجوزة المختارة</translation>
    </message>
    <message>
        <source>The chosen placeholder&apos;s state, and why it is inconsistent when it is</source>
        <translation>حالة المساحة المحجوزة المختارة، وسبب عدم اتساقها إن كانت غير متسقة</translation>
    </message>
    <message>
        <source>Choose a placeholder to see its state.</source>
        <translation>اختر مساحة محجوزة لعرض حالتها.</translation>
    </message>
    <message>
        <source>&amp;New Pool…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>Create placeholder spaces in bulk, for a scheduler (%1)</source>
        <translation>إنشاء مساحات محجوزة دفعة واحدة لأداة جدولة (%1)</translation>
    </message>
    <message>
        <source>&amp;Grow Pool…</source>
        <translation>توسيع المجموعة…</translation>
    </message>
    <message>
        <source>Add placeholders after the chosen pool&apos;s last one</source>
        <translation>إضافة مساحات محجوزة بعد آخر مساحة في المجموعة المختارة</translation>
    </message>
    <message>
        <source>Re&amp;move Pool…</source>
        <translation>إزالة المجموعة…</translation>
    </message>
    <message>
        <source>Delete every placeholder of the chosen pool</source>
        <translation>حذف كل المساحات المحجوزة في المجموعة المختارة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;Start Meeting…</source>
        <translation>بدء اجتماع…</translation>
    </message>
    <message>
        <source>Start a meeting in the chosen free placeholder</source>
        <translation>بدء اجتماع في المساحة المحجوزة المتاحة المختارة</translation>
    </message>
    <message>
        <source>E&amp;xtend Meeting…</source>
        <translation>تمديد الاجتماع…</translation>
    </message>
    <message>
        <source>Extend the meeting running in the chosen placeholder</source>
        <translation>تمديد الاجتماع الجاري في المساحة المحجوزة المختارة</translation>
    </message>
    <message>
        <source>&amp;End Meeting…</source>
        <translation>إنهاء الاجتماع…</translation>
    </message>
    <message>
        <source>End the meeting in the chosen placeholder and put the placeholder back</source>
        <translation>إنهاء الاجتماع في المساحة المحجوزة المختارة وإعادة المساحة المحجوزة إلى حالتها</translation>
    </message>
    <message>
        <source>CMS Scheduler Set-&amp;up…</source>
        <extracomment>Opens the assistant that checks and prepares what the CMS 3.3+ scheduler needs</extracomment>
        <translation>إعداد مجدول CMS…</translation>
    </message>
    <message>
        <source>Check what the CMS scheduler needs, get the commands to run on the server&apos;s console, and see its temporary spaces</source>
        <translation>التحقق مما يحتاجه مجدول CMS، والحصول على الأوامر التي تُنفَّذ على وحدة تحكم الخادم، وعرض مساحاته المؤقتة</translation>
    </message>
    <message>
        <source>The pools could not be read: %1</source>
        <extracomment>%1: why the pools could not be read</extracomment>
        <translation>تعذّرت قراءة المجموعات: %1</translation>
    </message>
    <message>
        <source>The placeholders could not be read: %1</source>
        <extracomment>%1: why the placeholders could not be read</extracomment>
        <translation>تعذّرت قراءة المساحات المحجوزة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n placeholder(s))</source>
        <extracomment>A pool in the chooser: %1 its name pattern, %n its size</extracomment>
        <translation>
            <numerusform>%1 (لا مساحات محجوزة)</numerusform>
            <numerusform>%1 (مساحة محجوزة واحدة)</numerusform>
            <numerusform>%1 (مساحتان محجوزتان)</numerusform>
            <numerusform>%1 (%n مساحات محجوزة)</numerusform>
            <numerusform>%1 (%n مساحة محجوزة)</numerusform>
            <numerusform>%1 (%n مساحة محجوزة)</numerusform>
        </translation>
    </message>
    <message>
        <source>No cluster is chosen.</source>
        <translation>لم تُختر أي مجموعة عنقودية.</translation>
    </message>
    <message>
        <source>Reading the pools…</source>
        <translation>جارٍ قراءة المجموعات…</translation>
    </message>
    <message>
        <source>This cluster has no placeholder pool. New Pool… creates one.</source>
        <translation>لا تضم هذه المجموعة العنقودية أي مجموعة مساحات محجوزة. يُنشئ الأمر «مجموعة جديدة…» واحدة.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>The summary of a pool, %1: &quot;12 free&quot;, %2: &quot;3 in a meeting&quot;, %3: &quot;1 inconsistent&quot;</extracomment>
        <translation>%1، %2، %3</translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>لا شيء متاح</numerusform>
            <numerusform>%n متاحة</numerusform>
            <numerusform>%n متاحتان</numerusform>
            <numerusform>%n متاحة</numerusform>
            <numerusform>%n متاحة</numerusform>
            <numerusform>%n متاحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a meeting</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>لا شيء في اجتماع</numerusform>
            <numerusform>%n في اجتماع</numerusform>
            <numerusform>%n في اجتماع</numerusform>
            <numerusform>%n في اجتماع</numerusform>
            <numerusform>%n في اجتماع</numerusform>
            <numerusform>%n في اجتماع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistent</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>لا شيء غير متسق</numerusform>
            <numerusform>%n غير متسقة</numerusform>
            <numerusform>%n غير متسقتين</numerusform>
            <numerusform>%n غير متسقة</numerusform>
            <numerusform>%n غير متسقة</numerusform>
            <numerusform>%n غير متسقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Placeholder %1: %2</source>
        <extracomment>%1: the placeholder&apos;s number, %2: its space&apos;s name</extracomment>
        <translation>المساحة المحجوزة %1: %2</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>عنوان URI: ‏%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message numerus="yes">
        <source>A meeting with %n participant(s) runs on %1.</source>
        <extracomment>%n participants, %1: the call bridge holding the meeting</extracomment>
        <translation>
            <numerusform>يجري على %1 اجتماع بلا مشاركين.</numerusform>
            <numerusform>يجري على %1 اجتماع بمشارك واحد.</numerusform>
            <numerusform>يجري على %1 اجتماع بمشاركَين.</numerusform>
            <numerusform>يجري على %1 اجتماع بـ %n مشاركين.</numerusform>
            <numerusform>يجري على %1 اجتماع بـ %n مشاركًا.</numerusform>
            <numerusform>يجري على %1 اجتماع بـ %n مشارك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it is inconsistent:</source>
        <translation>سبب عدم الاتساق:</translation>
    </message>
</context>
<context>
    <name>views::MeetingsSection</name>
    <message>
        <source>Meetings</source>
        <extracomment>The section of placeholder pools and scheduled meetings</extracomment>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <extracomment>View menu: show the Meetings section; also the title of the Meetings menu</extracomment>
        <translation>الاجتماعات</translation>
    </message>
</context>
<context>
    <name>views::MemberDialog</name>
    <message>
        <source>Add Member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>تحرير العضو</translation>
    </message>
    <message>
        <source>Type part of a name or address…</source>
        <translation>اكتب جزءًا من اسم أو عنوان…</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <extracomment>The member&apos;s own permissions in the space, as check boxes.</extracomment>
        <translation>الصلاحيات:</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <extracomment>No call leg profile of the member&apos;s own: the one of the space (or above) applies.</extracomment>
        <translation>(موروث)</translation>
    </message>
    <message>
        <source>The cluster is not connected.</source>
        <translation>المجموعة العنقودية غير متصلة.</translation>
    </message>
    <message>
        <source>This user is already a member of the space.</source>
        <translation>هذا المستخدم عضو في المساحة بالفعل.</translation>
    </message>
    <message>
        <source>No user has this address.</source>
        <translation>لا يوجد مستخدم بهذا العنوان.</translation>
    </message>
</context>
<context>
    <name>views::MembersEditor</name>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add a user to the space&apos;s members</source>
        <translation>إضافة مستخدم إلى أعضاء المساحة</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s permissions and call leg profile</source>
        <translation>تغيير صلاحيات العضو المحدد وملف تعريف مقطع المكالمة الخاص به</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove the selected member from the space</source>
        <translation>إزالة العضو المحدد من المساحة</translation>
    </message>
    <message>
        <source>Reading the members…</source>
        <translation>جارٍ قراءة الأعضاء…</translation>
    </message>
    <message>
        <source>Added %1 to the space&apos;s members.</source>
        <translation>تمت إضافة %1 إلى أعضاء المساحة.</translation>
    </message>
    <message>
        <source>Changed the membership of %1.</source>
        <translation>تم تغيير عضوية %1.</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>إزالة العضو</translation>
    </message>
    <message>
        <source>Remove %1 from the space&apos;s members?</source>
        <translation>هل تريد إزالة %1 من أعضاء المساحة؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>لم تتم إزالة %1: %2</translation>
    </message>
    <message>
        <source>Removed %1 from the space&apos;s members.</source>
        <translation>تمت إزالة %1 من أعضاء المساحة.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
</context>
<context>
    <name>views::NewObjectDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>views::NewPoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” was created: %n placeholder(s), each checked on the cluster.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>أُنشئت المجموعة «%1» دون مساحات محجوزة.</numerusform>
            <numerusform>أُنشئت المجموعة «%1»: مساحة محجوزة واحدة، تم التحقق منها على المجموعة العنقودية.</numerusform>
            <numerusform>أُنشئت المجموعة «%1»: مساحتان محجوزتان، تم التحقق من كل منهما على المجموعة العنقودية.</numerusform>
            <numerusform>أُنشئت المجموعة «%1»: %n مساحات محجوزة، تم التحقق من كل منها على المجموعة العنقودية.</numerusform>
            <numerusform>أُنشئت المجموعة «%1»: %n مساحة محجوزة، تم التحقق من كل منها على المجموعة العنقودية.</numerusform>
            <numerusform>أُنشئت المجموعة «%1»: %n مساحة محجوزة، تم التحقق من كل منها على المجموعة العنقودية.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Placeholder Pool</source>
        <translation>مجموعة مساحات محجوزة جديدة</translation>
    </message>
    <message>
        <source>A scheduler starts its meetings in placeholder spaces made in bulk; non-members may not join a free placeholder. Each pattern holds this token once, which becomes the placeholder&apos;s number:</source>
        <translation>تبدأ أداة الجدولة اجتماعاتها في مساحات محجوزة تُنشأ دفعة واحدة، ولا يمكن لغير الأعضاء الانضمام إلى مساحة محجوزة متاحة. يحتوي كل نمط على هذا الرمز مرة واحدة، وهو يصبح رقم المساحة المحجوزة:</translation>
    </message>
    <message>
        <source>N&amp;ame pattern:</source>
        <translation>نمط الاسم:</translation>
    </message>
    <message>
        <source>Name pattern</source>
        <translation>نمط الاسم</translation>
    </message>
    <message>
        <source>&amp;URI pattern:</source>
        <translation>نمط URI:</translation>
    </message>
    <message>
        <source>URI pattern</source>
        <translation>نمط URI</translation>
    </message>
    <message>
        <source>Call &amp;ID pattern:</source>
        <translation>نمط معرّف المكالمة:</translation>
    </message>
    <message>
        <source>optional, digits around $index$</source>
        <extracomment>Placeholder text of the optional call ID pattern</extracomment>
        <translation>اختياري، أرقام حول $index$</translation>
    </message>
    <message>
        <source>Call ID pattern</source>
        <translation>نمط معرّف المكالمة</translation>
    </message>
    <message>
        <source>Num&amp;ber of placeholders:</source>
        <translation>عدد المساحات المحجوزة:</translation>
    </message>
    <message>
        <source>Number of placeholders</source>
        <translation>عدد المساحات المحجوزة</translation>
    </message>
    <message>
        <source>&amp;First index:</source>
        <translation>الفهرس الأول:</translation>
    </message>
    <message>
        <source>First index</source>
        <translation>الفهرس الأول</translation>
    </message>
    <message>
        <source>Call &amp;profile:</source>
        <translation>ملف المكالمة الشخصي:</translation>
    </message>
    <message>
        <source>Call profile</source>
        <translation>ملف المكالمة الشخصي</translation>
    </message>
    <message>
        <source>The call profile every placeholder uses; none: the cluster&apos;s own</source>
        <translation>ملف المكالمة الشخصي الذي تستخدمه كل مساحة محجوزة؛ بلا ملف: ملف المجموعة العنقودية</translation>
    </message>
    <message>
        <source>Call &amp;leg profile:</source>
        <translation>ملف مقطع المكالمة الشخصي:</translation>
    </message>
    <message>
        <source>Call leg profile</source>
        <translation>ملف مقطع المكالمة الشخصي</translation>
    </message>
    <message>
        <source>The call leg profile every placeholder uses; none: the cluster&apos;s own</source>
        <translation>ملف مقطع المكالمة الشخصي الذي تستخدمه كل مساحة محجوزة؛ بلا ملف: ملف المجموعة العنقودية</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Choice of no profile: the placeholders use the cluster&apos;s own</extracomment>
        <translation>(بلا)</translation>
    </message>
    <message>
        <source>First placeholder:</source>
        <translation>أول مساحة محجوزة:</translation>
    </message>
    <message>
        <source>First placeholder</source>
        <translation>أول مساحة محجوزة</translation>
    </message>
    <message>
        <source>Last placeholder:</source>
        <translation>آخر مساحة محجوزة:</translation>
    </message>
    <message>
        <source>Last placeholder</source>
        <translation>آخر مساحة محجوزة</translation>
    </message>
    <message>
        <source>Name %1, URI %2</source>
        <extracomment>The preview of one placeholder: %1 its name, %2 its URI</extracomment>
        <translation>الاسم %1، وURI ‏%2</translation>
    </message>
    <message>
        <source>Name %1, URI %2, call ID %3</source>
        <extracomment>The preview of one placeholder: %1 its name, %2 its URI, %3 its call ID</extracomment>
        <translation>الاسم %1، وURI ‏%2، ومعرّف المكالمة %3</translation>
    </message>
</context>
<context>
    <name>views::PoolOperationDialog</name>
    <message>
        <source>Done: every step was carried out and checked.</source>
        <translation>تم: نُفّذت كل خطوة وتم التحقق منها.</translation>
    </message>
    <message>
        <source>The &amp;steps, in order:</source>
        <translation>الخطوات بالترتيب:</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>الخطوات المخطط لها</translation>
    </message>
    <message>
        <source>The API steps the operation carries out, in order; the step under way is the current one</source>
        <translation>خطوات واجهة البرمجة التي تنفذها العملية بالترتيب؛ والخطوة الجارية هي الحالية</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>الخطوات المنجزة</translation>
    </message>
    <message>
        <source>Status of the bulk sync</source>
        <translation>حالة المزامنة المجمّعة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; السابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي &gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Reading what the plan needs from the cluster…</source>
        <translation>جارٍ قراءة ما تحتاجه الخطة من المجموعة العنقودية…</translation>
    </message>
    <message>
        <source>Nothing has been changed yet: Run carries out these steps.</source>
        <translation>لم يتغيّر شيء بعد: ينفّذ «تشغيل» هذه الخطوات.</translation>
    </message>
    <message>
        <source>Stopping after the step under way, then undoing what was done…</source>
        <translation>جارٍ الإيقاف بعد الخطوة الجارية، ثم التراجع عمّا تم…</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <extracomment>%1: why the operation cannot be carried out</extracomment>
        <translation>رُفض، ولم يتغيّر شيء: %1</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Every step done before it was undone: the cluster is as it was.</source>
        <extracomment>%1: step number, %2: what went wrong</extracomment>
        <translation>فشلت الخطوة %1: %2
تم التراجع عن كل خطوة نُفّذت قبلها: المجموعة العنقودية كما كانت.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
These steps could not be undone, and are left as they are:
%3</source>
        <extracomment>%1: step number, %2: what went wrong, %3: the undos that failed, one per line</extracomment>
        <translation>فشلت الخطوة %1: %2
تعذّر التراجع عن هذه الخطوات، وهي باقية كما هي:
%3</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <extracomment>%1: why the operation stopped</extracomment>
        <translation>توقف: %1</translation>
    </message>
    <message>
        <source>Stopped: %1
Left as they are:
%2</source>
        <extracomment>%1: why the operation stopped, %2: what was left changed, one per line</extracomment>
        <translation>توقف: %1
باقٍ كما هو:
%2</translation>
    </message>
</context>
<context>
    <name>views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>The console changes language at once, without restarting.</source>
        <translation>تغيّر وحدة التحكم لغتها فورًا، دون إعادة التشغيل.</translation>
    </message>
</context>
<context>
    <name>views::ProfileCompareDialog</name>
    <message>
        <source>Compare %1 and %2</source>
        <translation>مقارنة %1 و%2</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Settings side by side</source>
        <translation>الإعدادات جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>One row per setting with the value of each; the rows that differ are in bold</source>
        <translation>صف لكل إعداد بقيمة كل منهما؛ والصفوف المختلفة بخط عريض</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير معيّن</translation>
    </message>
    <message>
        <source>Not set: the level above applies</source>
        <translation>غير معيّن: ينطبق المستوى الأعلى</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (مختلف)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only the %Ln difference(s)</source>
        <translation>
            <numerusform>&amp;الاختلافات فقط (لا يوجد أي اختلاف)</numerusform>
            <numerusform>&amp;الاختلاف الوحيد فقط</numerusform>
            <numerusform>&amp;الاختلافان فقط</numerusform>
            <numerusform>&amp;الاختلافات الـ%Ln فقط</numerusform>
            <numerusform>&amp;الاختلافات الـ%Ln فقط</numerusform>
            <numerusform>&amp;الاختلافات الـ%Ln فقط</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>global profile %1</source>
        <extracomment>Where an inherited value comes from (in &quot;inherited: Yes (global profile «Hosts»)&quot;).</extracomment>
        <translation>الملف العام %1</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>الافتراضي في الخادم</translation>
    </message>
    <message>
        <source>inherited: %1 (%2)</source>
        <extracomment>A setting the profile leaves unset, and the value that applies: %1 the value, %2 where it comes from.</extracomment>
        <translation>موروث: %1 (%2)</translation>
    </message>
    <message>
        <source>Not set in this profile: the global profile %1 (/system/profiles) gives it</source>
        <translation>غير معيّن في هذا الملف: يوفره الملف العام %1 (/system/profiles)</translation>
    </message>
    <message>
        <source>Not set in this profile nor in the global one: the server&apos;s default</source>
        <translation>غير معيّن في هذا الملف ولا في الملف العام: القيمة الافتراضية في الخادم</translation>
    </message>
    <message>
        <source>Not set in this profile nor in the global one: the server decides</source>
        <translation>غير معيّن في هذا الملف ولا في الملف العام: يقرر الخادم</translation>
    </message>
    <message>
        <source>A setting a profile leaves unset takes the value of the global profile %1 (/system/profiles), else the server&apos;s default: those values are in italics and count in the comparison.</source>
        <translation>يأخذ الإعداد الذي يتركه الملف دون تعيين قيمةَ الملف العام %1 (/system/profiles)، وإلا فالقيمة الافتراضية في الخادم: تظهر هذه القيم بخط مائل وتُحتسب في المقارنة.</translation>
    </message>
    <message>
        <source>No global profile is set (/system/profiles): a setting a profile leaves unset takes the server&apos;s default, shown in italics where it is known.</source>
        <translation>لم يُعيَّن ملف عام (/system/profiles): يأخذ الإعداد الذي يتركه الملف دون تعيين القيمة الافتراضية في الخادم، وتظهر بخط مائل حين تكون معروفة.</translation>
    </message>
</context>
<context>
    <name>views::ProfileRepointDialog</name>
    <message>
        <source>Re-point and Delete</source>
        <translation>إعادة التوجيه والحذف</translation>
    </message>
    <message>
        <source>None: the level above applies</source>
        <translation>لا شيء: يُطبَّق المستوى الأعلى</translation>
    </message>
    <message>
        <source>Replacement profile</source>
        <translation>ملف التعريف البديل</translation>
    </message>
    <message>
        <source>The profile every reference to «%1» will use instead</source>
        <translation>ملف التعريف الذي ستستخدمه كل إشارة إلى «%1» بدلًا منه</translation>
    </message>
    <message>
        <source>The console sends these steps in order. If one fails, every change already made is put back and «%1» is kept.</source>
        <translation>ترسل وحدة التحكم هذه الخطوات بالترتيب. وإذا فشلت إحداها، تُعاد كل التغييرات التي أُجريت إلى ما كانت عليه ويُحتفظ بـ«%1».</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>الخطوات المخطط لها</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Re-point and &amp;Delete</source>
        <translation>إعادة التوجيه والحذف</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Re-point every reference to «%1» to:</source>
        <translation>إعادة توجيه كل إشارة إلى «%1» إلى:</translation>
    </message>
    <message>
        <source>Finding where «%1» is used…</source>
        <translation>جارٍ البحث عن أماكن استخدام «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s).</source>
        <translation>
            <numerusform>لا خطوات.</numerusform>
            <numerusform>خطوة واحدة.</numerusform>
            <numerusform>خطوتان.</numerusform>
            <numerusform>%n خطوات.</numerusform>
            <numerusform>%n خطوة.</numerusform>
            <numerusform>%n خطوة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot re-point: %1</source>
        <translation>تتعذر إعادة التوجيه: %1</translation>
    </message>
    <message>
        <source>«%1» is neither re-pointed nor deleted: the console cannot see every place that may use it (listed above).</source>
        <translation>لم يُعَد توجيه مراجع «%1» ولم يُحذف: لا تستطيع وحدة التحكم رؤية كل الأماكن التي قد تستخدمه (مدرجة أعلاه).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Done: the references were re-pointed and «%1» is deleted.</source>
        <translation>تم: أُعيد توجيه المراجع وحُذف «%1».</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Every change made was put back; «%3» is kept.</source>
        <translation>فشلت الخطوة %1: %2
أُعيدت كل التغييرات إلى ما كانت عليه، ويُحتفظ بـ«%3».</translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Some changes could not be put back:
%3</source>
        <translation>فشلت الخطوة %1: %2
تعذّر إرجاع بعض التغييرات:
%3</translation>
    </message>
    <message>
        <source>Stopping at the next step; what was done is put back…</source>
        <translation>جارٍ التوقف عند الخطوة التالية وإرجاع ما تم…</translation>
    </message>
</context>
<context>
    <name>views::ProfileUsageView</name>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>How it was found</source>
        <translation>طريقة المعرفة</translation>
    </message>
    <message>
        <source>Where the profile is used</source>
        <translation>أماكن استخدام ملف التعريف</translation>
    </message>
    <message>
        <source>Looking for where the profile is used…</source>
        <translation>جارٍ البحث عن أماكن استخدام ملف التعريف…</translation>
    </message>
    <message>
        <source>Where the profile is used could not be found: %1</source>
        <translation>تعذّر العثور على أماكن استخدام ملف التعريف: %1</translation>
    </message>
    <message>
        <source>The global profiles (/system/profiles)</source>
        <translation>ملفات التعريف العامة (/system/profiles)</translation>
    </message>
    <message>
        <source>Not in the global profiles</source>
        <translation>ليس في ملفات التعريف العامة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>لا مستأجر</numerusform>
            <numerusform>مستأجر واحد</numerusform>
            <numerusform>مستأجران</numerusform>
            <numerusform>%Ln مستأجرين</numerusform>
            <numerusform>%Ln مستأجرًا</numerusform>
            <numerusform>%Ln مستأجر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>لا مساحة</numerusform>
            <numerusform>مساحة واحدة</numerusform>
            <numerusform>مساحتان</numerusform>
            <numerusform>%Ln مساحات</numerusform>
            <numerusform>%Ln مساحة</numerusform>
            <numerusform>%Ln مساحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Some access methods</source>
        <translation>بعض طرق الوصول</translation>
    </message>
    <message>
        <source>No access method</source>
        <translation>لا طريقة وصول</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>طرق الوصول</translation>
    </message>
    <message>
        <source>Some members</source>
        <translation>بعض الأعضاء</translation>
    </message>
    <message>
        <source>No member</source>
        <translation>لا عضو</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space template(s)</source>
        <translation>
            <numerusform>لا قالب مساحة</numerusform>
            <numerusform>قالب مساحة واحد</numerusform>
            <numerusform>قالبا مساحة</numerusform>
            <numerusform>%Ln قوالب مساحات</numerusform>
            <numerusform>%Ln قالبًا للمساحات</numerusform>
            <numerusform>%Ln قالب مساحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access method template(s)</source>
        <translation>
            <numerusform>لا قالب طريقة وصول</numerusform>
            <numerusform>قالب طريقة وصول واحد</numerusform>
            <numerusform>قالبا طريقة وصول</numerusform>
            <numerusform>%Ln قوالب طرق وصول</numerusform>
            <numerusform>%Ln قالبًا لطرق الوصول</numerusform>
            <numerusform>%Ln قالب طريقة وصول</numerusform>
        </translation>
    </message>
    <message>
        <source>It is used nowhere the console can see.</source>
        <translation>لا يُستخدم في أي مكان تستطيع وحدة التحكم رؤيته.</translation>
    </message>
    <message>
        <source>It is used by: %1.</source>
        <translation>يستخدمه: %1.</translation>
    </message>
    <message>
        <source>Every one is listed</source>
        <translation>كلها مدرجة</translation>
    </message>
    <message>
        <source>The server says whether any does, not which</source>
        <translation>يذكر الخادم ما إذا كان أي منها يستخدمه، لا أيها</translation>
    </message>
    <message>
        <source>Not checked: the API cannot tell for this kind of profile</source>
        <translation>لم يُتحقق منه: لا تتيح واجهة API معرفة ذلك لهذا النوع من ملفات التعريف</translation>
    </message>
    <message numerus="yes">
        <source>Among the %Ln space(s) read in detail, of %1</source>
        <translation>
            <numerusform>لم تُقرأ أي مساحة بالتفصيل من أصل %1</numerusform>
            <numerusform>من بين مساحة واحدة قُرئت بالتفصيل من أصل %1</numerusform>
            <numerusform>من بين مساحتين قُرئتا بالتفصيل من أصل %1</numerusform>
            <numerusform>من بين %Ln مساحات قُرئت بالتفصيل من أصل %1</numerusform>
            <numerusform>من بين %Ln مساحة قُرئت بالتفصيل من أصل %1</numerusform>
            <numerusform>من بين %Ln مساحة قُرئت بالتفصيل من أصل %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each level that can refer to the profile, with how many use it and which; Enter on an entry opens it where it is edited</source>
        <translation>كل مستوى يمكن أن يشير إلى ملف التعريف، مع عدد ما يستخدمه وما هو؛ يفتح مفتاح Enter على أي عنصر هذا العنصر حيث يُحرَّر</translation>
    </message>
</context>
<context>
    <name>views::ProfilesPane</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;العرض:</translation>
    </message>
    <message>
        <source>Call leg profiles</source>
        <translation>ملفات تعريف أطراف المكالمات</translation>
    </message>
    <message>
        <source>Call profiles</source>
        <translation>ملفات تعريف المكالمات</translation>
    </message>
    <message>
        <source>Dial-in security profiles</source>
        <translation>ملفات تعريف أمان الاتصال الوارد</translation>
    </message>
    <message>
        <source>Space templates</source>
        <translation>قوالب المساحات</translation>
    </message>
    <message>
        <source>Kind of profile</source>
        <translation>نوع ملف التعريف</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>ملفات التعريف</translation>
    </message>
    <message>
        <source>The profiles of the kind chosen above; choose one to see and edit its settings, or two to compare them</source>
        <translation>ملفات التعريف من النوع المختار أعلاه؛ اختر واحدًا لعرض إعداداته وتعديلها، أو اثنين لمقارنتهما</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation>أماكن &amp;الاستخدام</translation>
    </message>
    <message>
        <source>Name in the &amp;console:</source>
        <translation>الاسم في &amp;وحدة التحكم:</translation>
    </message>
    <message>
        <source>The API gives call profiles no name: name it here</source>
        <translation>لا تمنح واجهة API ملفات تعريف المكالمات اسمًا: سمِّه هنا</translation>
    </message>
    <message>
        <source>Name in the console</source>
        <translation>الاسم في وحدة التحكم</translation>
    </message>
    <message>
        <source>Kept in this console&apos;s settings for this cluster, and shown wherever the call profile appears</source>
        <translation>يُحفظ في إعدادات وحدة التحكم هذه لهذه المجموعة، ويظهر أينما ظهر ملف تعريف المكالمة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Show the two selected side by side (%1)</source>
        <translation>عرض العنصرين المحددين جنبًا إلى جنب (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>This cluster runs a CMS version without them (they came with %1).</source>
        <translation>تعمل هذه المجموعة بإصدار من CMS لا يتضمنها (ظهرت في الإصدار %1).</translation>
    </message>
    <message>
        <source>Save the Profile</source>
        <translation>حفظ ملف التعريف</translation>
    </message>
    <message>
        <source>Save the changes to «%1»?</source>
        <translation>هل تريد حفظ التغييرات على «%1»؟</translation>
    </message>
    <message>
        <source>Wait until the console knows where «%1» is used.</source>
        <translation>انتظر حتى تعرف وحدة التحكم أماكن استخدام «%1».</translation>
    </message>
    <message>
        <source>Profile in Use</source>
        <translation>ملف تعريف قيد الاستخدام</translation>
    </message>
    <message>
        <source>«%1» is still in use and cannot be deleted.</source>
        <translation>لا يزال «%1» قيد الاستخدام ولا يمكن حذفه.</translation>
    </message>
    <message>
        <source>Point them to another profile first; the Where Used tab lists them.</source>
        <translation>اجعلها تشير إلى ملف تعريف آخر أولًا؛ ويسردها تبويب «أماكن الاستخدام».</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete «%1»?</source>
        <translation>هل تريد حذف «%1»؟</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>تم الحذف.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>لم يُحذف: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>Created.</source>
        <translation>تم الإنشاء.</translation>
    </message>
    <message>
        <source>Settings of the chosen profile</source>
        <translation>إعدادات ملف التعريف المختار</translation>
    </message>
    <message>
        <source>&amp;Access Methods</source>
        <extracomment>The tab of a space template&apos;s access method templates</extracomment>
        <translation>طرق الوصول</translation>
    </message>
    <message>
        <source>Ass&amp;igned Users</source>
        <translation>المستخدمون المُسنَد إليهم</translation>
    </message>
    <message>
        <source>&amp;Scheduler Ready Check…</source>
        <translation>التحقق من جاهزية المجدول…</translation>
    </message>
    <message>
        <source>&amp;Global Profiles…</source>
        <translation>ملفات التعريف العامة…</translation>
    </message>
    <message>
        <source>Choose the profiles that apply to the whole cluster</source>
        <translation>اختيار ملفات التعريف التي تنطبق على المجموعة كلها</translation>
    </message>
    <message>
        <source>Whether a space template gives scheduled meetings a guest and a host access, and create what is missing</source>
        <translation>التحقق مما إذا كان قالب مساحة يمنح الاجتماعات المجدولة وصولًا للضيوف ووصولًا للمضيفين، وإنشاء ما ينقص</translation>
    </message>
    <message>
        <source>Available once the cluster has said which CMS version it runs.</source>
        <translation>متاح بعد أن تُبلغ المجموعة بإصدار CMS الذي تشغّله.</translation>
    </message>
    <message>
        <source>The scheduler came with CMS 3.3; this cluster runs %1.</source>
        <translation>ظهر المجدول مع CMS 3.3؛ وتشغّل هذه المجموعة %1.</translation>
    </message>
    <message>
        <source>Re-point and &amp;Delete…</source>
        <translation>إعادة التوجيه والحذف…</translation>
    </message>
    <message>
        <source>The global profiles could not be read, so the comparison leaves out what the profiles inherit: %1</source>
        <translation>تعذرت قراءة الملفات العامة، لذا تُغفل المقارنة ما ترثه الملفات: %1</translation>
    </message>
</context>
<context>
    <name>views::ProfilesSection</name>
    <message>
        <source>Profiles</source>
        <extracomment>The section of call profiles, call leg profiles and space templates</extracomment>
        <translation>ملفات التعريف</translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <extracomment>View menu: show the Profiles section; also the title of the Profiles menu</extracomment>
        <translation>ملفات &amp;التعريف</translation>
    </message>
</context>
<context>
    <name>views::RemovePoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” and its %n placeholder(s) were removed.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>أُزيلت المجموعة «%1» ولم تكن فيها مساحات محجوزة.</numerusform>
            <numerusform>أُزيلت المجموعة «%1» ومساحتها المحجوزة الوحيدة.</numerusform>
            <numerusform>أُزيلت المجموعة «%1» ومساحتاها المحجوزتان.</numerusform>
            <numerusform>أُزيلت المجموعة «%1» و%n مساحات محجوزة فيها.</numerusform>
            <numerusform>أُزيلت المجموعة «%1» و%n مساحة محجوزة فيها.</numerusform>
            <numerusform>أُزيلت المجموعة «%1» و%n مساحة محجوزة فيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Placeholder Pool</source>
        <translation>إزالة مجموعة المساحات المحجوزة</translation>
    </message>
    <message numerus="yes">
        <source>Remove the pool “%1” and its %n placeholder(s)? Their spaces are deleted from the cluster; a scheduler that counts on them can no longer start meetings in them. It is refused while a placeholder holds a meeting.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>إزالة المجموعة «%1» التي لا تضم مساحات محجوزة؟ تُحذف مساحاتها من المجموعة العنقودية، ولا تستطيع أداة جدولة تعتمد عليها أن تبدأ فيها اجتماعات بعد ذلك. تُرفض الإزالة ما دامت مساحة محجوزة تستضيف اجتماعًا.</numerusform>
            <numerusform>إزالة المجموعة «%1» ومساحتها المحجوزة الوحيدة؟ تُحذف مساحاتها من المجموعة العنقودية، ولا تستطيع أداة جدولة تعتمد عليها أن تبدأ فيها اجتماعات بعد ذلك. تُرفض الإزالة ما دامت مساحة محجوزة تستضيف اجتماعًا.</numerusform>
            <numerusform>إزالة المجموعة «%1» ومساحتيها المحجوزتين؟ تُحذف مساحاتها من المجموعة العنقودية، ولا تستطيع أداة جدولة تعتمد عليها أن تبدأ فيها اجتماعات بعد ذلك. تُرفض الإزالة ما دامت مساحة محجوزة تستضيف اجتماعًا.</numerusform>
            <numerusform>إزالة المجموعة «%1» و%n مساحات محجوزة فيها؟ تُحذف مساحاتها من المجموعة العنقودية، ولا تستطيع أداة جدولة تعتمد عليها أن تبدأ فيها اجتماعات بعد ذلك. تُرفض الإزالة ما دامت مساحة محجوزة تستضيف اجتماعًا.</numerusform>
            <numerusform>إزالة المجموعة «%1» و%n مساحة محجوزة فيها؟ تُحذف مساحاتها من المجموعة العنقودية، ولا تستطيع أداة جدولة تعتمد عليها أن تبدأ فيها اجتماعات بعد ذلك. تُرفض الإزالة ما دامت مساحة محجوزة تستضيف اجتماعًا.</numerusform>
            <numerusform>إزالة المجموعة «%1» و%n مساحة محجوزة فيها؟ تُحذف مساحاتها من المجموعة العنقودية، ولا تستطيع أداة جدولة تعتمد عليها أن تبدأ فيها اجتماعات بعد ذلك. تُرفض الإزالة ما دامت مساحة محجوزة تستضيف اجتماعًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SchedulerAssistant</name>
    <message>
        <source>Scheduler Set-Up</source>
        <translation>إعداد المجدول</translation>
    </message>
    <message>
        <source>API R&amp;eadiness</source>
        <translation>جاهزية &amp;واجهة API</translation>
    </message>
    <message>
        <source>&amp;Server Console Commands</source>
        <translation>أوامر &amp;وحدة تحكم الخادم</translation>
    </message>
    <message>
        <source>&amp;Temporary Spaces</source>
        <translation>المساحات &amp;المؤقتة</translation>
    </message>
    <message>
        <source>Scheduler set-up</source>
        <translation>إعداد المجدول</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إغلا&amp;ق</translation>
    </message>
</context>
<context>
    <name>views::SchedulerCommandsPage</name>
    <message>
        <source>What the API cannot set is set on the server&apos;s own console (MMP), reached over SSH. Run the scheduler commands on the server that runs the scheduler: it must also run a call bridge. Run the web bridge command on each server that runs a web bridge. Upload the key, certificate and bundle files to each server by SFTP first.</source>
        <translation>ما لا تستطيع واجهة API ضبطه يُضبط في وحدة تحكم الخادم نفسه (MMP) عبر SSH. شغّل أوامر المجدول على الخادم الذي يشغّل المجدول: ويجب أن يشغّل جسر مكالمات أيضًا. شغّل أمر جسر الويب على كل خادم يشغّل جسر ويب. ارفع أولًا ملفات المفاتيح والشهادات والحزم إلى كل خادم عبر SFTP.</translation>
    </message>
    <message>
        <source>Scheduler HTTPS API</source>
        <translation>واجهة HTTPS API للمجدول</translation>
    </message>
    <message>
        <source>Interface %1</source>
        <translation>الواجهة %1</translation>
    </message>
    <message>
        <source>None: the HTTPS API stays off</source>
        <translation>لا شيء: تبقى واجهة HTTPS API متوقفة</translation>
    </message>
    <message>
        <source>Listening interface</source>
        <translation>واجهة الاستماع</translation>
    </message>
    <message>
        <source>Listening &amp;interface:</source>
        <translation>&amp;واجهة الاستماع:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;المنفذ:</translation>
    </message>
    <message>
        <source>The port the scheduler&apos;s HTTPS API listens on, from 1 to 65535</source>
        <translation>المنفذ الذي تستمع عليه واجهة HTTPS API للمجدول، من 1 إلى 65535</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>ملف المفتاح:</translation>
    </message>
    <message>
        <source>The private key file on the server, for the HTTPS API</source>
        <translation>ملف المفتاح الخاص على الخادم، لواجهة HTTPS API</translation>
    </message>
    <message>
        <source>&amp;Full-chain certificate file:</source>
        <translation>ملف الشهادة ذات &amp;السلسلة الكاملة:</translation>
    </message>
    <message>
        <source>The certificate file on the server, with its whole chain, for the HTTPS API</source>
        <translation>ملف الشهادة على الخادم، بسلسلتها كاملة، لواجهة HTTPS API</translation>
    </message>
    <message>
        <source>Connection to the web bridges (C2W)</source>
        <translation>الاتصال بجسور الويب (C2W)</translation>
    </message>
    <message>
        <source>Ke&amp;y file:</source>
        <translation>ملف &amp;المفتاح:</translation>
    </message>
    <message>
        <source>The private key file the scheduler presents to the web bridges; empty: the HTTPS key file</source>
        <translation>ملف المفتاح الخاص الذي يقدّمه المجدول لجسور الويب؛ إن تُرك فارغًا: ملف مفتاح HTTPS</translation>
    </message>
    <message>
        <source>Same as HTTPS</source>
        <translation>كما في HTTPS</translation>
    </message>
    <message>
        <source>Full-chai&amp;n certificate file:</source>
        <translation>ملف الشهادة ذات السلسلة &amp;الكاملة:</translation>
    </message>
    <message>
        <source>The certificate file the scheduler presents to the web bridges; empty: the HTTPS certificate file. The call bridge&apos;s certificate will do: the web bridges already trust it</source>
        <translation>ملف الشهادة الذي يقدّمه المجدول لجسور الويب؛ إن تُرك فارغًا: ملف شهادة HTTPS. تكفي شهادة جسر المكالمات: فجسور الويب تثق بها بالفعل</translation>
    </message>
    <message>
        <source>&amp;Web bridges&apos; bundle:</source>
        <translation>حزمة جسور الويب:</translation>
    </message>
    <message>
        <source>A file holding every web bridge&apos;s certificate: the scheduler trusts them</source>
        <translation>ملف يضم شهادة كل جسر ويب: يثق بها المجدول</translation>
    </message>
    <message>
        <source>Sc&amp;heduler bundle:</source>
        <translation>حزمة &amp;المجدول:</translation>
    </message>
    <message>
        <source>A file holding every scheduler&apos;s and call bridge&apos;s certificate, put on each web bridge: the web bridges trust them</source>
        <translation>ملف يضم شهادة كل مجدول وكل جسر مكالمات، يوضع على كل جسر ويب: تثق بها جسور الويب</translation>
    </message>
    <message>
        <source>E-mail server (optional)</source>
        <translation>خادم البريد الإلكتروني (اختياري)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;الخادم:</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s hostname or address; empty: the scheduler sends no e-mail</source>
        <translation>اسم مضيف خادم البريد الإلكتروني أو عنوانه؛ إن تُرك فارغًا: لا يرسل المجدول أي بريد</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;المنفذ:</translation>
    </message>
    <message>
        <source>The e-mail server&apos;s port, from 1 to 65535</source>
        <translation>منفذ خادم البريد الإلكتروني، من 1 إلى 65535</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>SMTPS (encrypted from the start)</source>
        <translation>SMTPS (مشفّر منذ البداية)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>&amp;البروتوكول:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>The user name for the e-mail server; its password is typed on the server&apos;s console, at its own prompt, never here</source>
        <translation>اسم المستخدم لخادم البريد الإلكتروني؛ تُكتب كلمة مروره في وحدة تحكم الخادم عند مطالبتها، لا هنا أبدًا</translation>
    </message>
    <message>
        <source>Si&amp;gn in to the e-mail server</source>
        <translation>تسجيل &amp;الدخول إلى خادم البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Upgra&amp;de to TLS with STARTTLS</source>
        <translation>الترقية إلى TLS باستخدام STARTTLS (&amp;D)</translation>
    </message>
    <message>
        <source>Trust &amp;bundle:</source>
        <translation>حزمة &amp;الثقة:</translation>
    </message>
    <message>
        <source>A file of certificates the scheduler trusts for the e-mail server; empty: none</source>
        <translation>ملف شهادات يثق بها المجدول لخادم البريد الإلكتروني؛ إن تُرك فارغًا: لا شيء</translation>
    </message>
    <message>
        <source>No password here: the server asks for the e-mail password on its own console.</source>
        <translation>لا كلمة مرور هنا: يطلب الخادم كلمة مرور البريد الإلكتروني في وحدة تحكمه.</translation>
    </message>
    <message>
        <source>Values for the commands</source>
        <translation>قيم الأوامر</translation>
    </message>
    <message>
        <source>Co&amp;mmands, in the order to run them:</source>
        <translation>&amp;الأوامر، بترتيب تشغيلها:</translation>
    </message>
    <message>
        <source>Server console commands</source>
        <translation>أوامر وحدة تحكم الخادم</translation>
    </message>
    <message>
        <source>The commands to type on the servers&apos; consoles, each followed by what it does</source>
        <translation>الأوامر التي تُكتب في وحدات تحكم الخوادم، يلي كلًّا منها ما يفعله</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>نسخ الأوامر</translation>
    </message>
    <message>
        <source>Puts the commands on the clipboard, one a line, without their explanations</source>
        <translation>يضع الأوامر في الحافظة، أمرًا في كل سطر، دون شروحها</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) missing or wrong: the commands show what is still needed.</source>
        <translation>
            <numerusform>لا توجد قيم ناقصة أو خاطئة.</numerusform>
            <numerusform>قيمة واحدة ناقصة أو خاطئة: تبيّن الأوامر ما لا يزال مطلوبًا.</numerusform>
            <numerusform>قيمتان ناقصتان أو خاطئتان: تبيّن الأوامر ما لا يزال مطلوبًا.</numerusform>
            <numerusform>%n قيم ناقصة أو خاطئة: تبيّن الأوامر ما لا يزال مطلوبًا.</numerusform>
            <numerusform>%n قيمة ناقصة أو خاطئة: تبيّن الأوامر ما لا يزال مطلوبًا.</numerusform>
            <numerusform>%n قيمة ناقصة أو خاطئة: تبيّن الأوامر ما لا يزال مطلوبًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the server that runs the scheduler:</source>
        <translation>على الخادم الذي يشغّل المجدول:</translation>
    </message>
    <message>
        <source>On each web bridge:</source>
        <translation>على كل جسر ويب:</translation>
    </message>
    <message>
        <source>Back on the server that runs the scheduler:</source>
        <translation>بالعودة إلى الخادم الذي يشغّل المجدول:</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) copied.</source>
        <translation>
            <numerusform>لم يُنسخ أي أمر.</numerusform>
            <numerusform>نُسخ أمر واحد.</numerusform>
            <numerusform>نُسخ أمران.</numerusform>
            <numerusform>نُسخت %n أوامر.</numerusform>
            <numerusform>نُسخ %n أمرًا.</numerusform>
            <numerusform>نُسخ %n أمر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SchedulerReadinessPanel</name>
    <message>
        <source>A meeting booked in the web app (CMS scheduler, 3.3 and later) takes its space from a space template: guests join through one access method template and wait in the lobby, hosts through another and start the meeting.</source>
        <translation>يأخذ الاجتماع المحجوز في تطبيق الويب (مجدول CMS، الإصدار 3.3 وما بعده) مساحته من قالب مساحة: ينضم الضيوف عبر قالب طريقة وصول وينتظرون في الردهة، وينضم المضيفون عبر قالب آخر ويبدؤون الاجتماع.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>المتطلب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>What the scheduler needs</source>
        <translation>ما يحتاجه المجدول</translation>
    </message>
    <message>
        <source>One row per requirement: whether the cluster meets it, and why</source>
        <translation>صف لكل متطلب: هل تستوفيه المجموعة، ولماذا</translation>
    </message>
    <message>
        <source>&amp;Nothing has been changed yet. To make the cluster ready, the console would:</source>
        <translation>لم يُغيَّر شيء بعد. لتجهيز المجموعة، ستقوم &amp;وحدة التحكم بما يلي:</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>التغييرات المخطط لها</translation>
    </message>
    <message>
        <source>The API steps that would create what is missing, in order; nothing is sent until you choose Create</source>
        <translation>خطوات واجهة API التي ستُنشئ ما ينقص، بالترتيب؛ لا يُرسل شيء حتى تختار «إنشاء»</translation>
    </message>
    <message>
        <source>Progress of the changes</source>
        <translation>تقدّم التغييرات</translation>
    </message>
    <message>
        <source>Outcome of the changes</source>
        <translation>نتيجة التغييرات</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;افحص مجددًا</translation>
    </message>
    <message>
        <source>&amp;Create What Is Missing</source>
        <translation>&amp;أنشئ ما ينقص</translation>
    </message>
    <message>
        <source>Wait until the changes end: the dialog closes once nothing is half done.</source>
        <translation>انتظر حتى تنتهي التغييرات: تُغلق النافذة حين لا يبقى شيء منجز جزئيًا.</translation>
    </message>
    <message>
        <source>Reading the cluster&apos;s call leg profiles and space templates…</source>
        <translation>جارٍ قراءة ملفات تعريف مقاطع المكالمات وقوالب المساحات في المجموعة…</translation>
    </message>
    <message>
        <source>The cluster could not be read: %1</source>
        <translation>تعذّرت قراءة المجموعة: %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>متحقق</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>The cluster is ready for the scheduler.</source>
        <translation>المجموعة جاهزة للمجدول.</translation>
    </message>
    <message>
        <source>The cluster must run CMS 3.3 or later before the rest matters.</source>
        <translation>يجب أن تشغّل المجموعة CMS 3.3 أو أحدث قبل أن يكون لبقية المتطلبات أهمية.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not met.</source>
        <translation>
            <numerusform>لا توجد متطلبات غير مستوفاة.</numerusform>
            <numerusform>متطلب واحد غير مستوفى.</numerusform>
            <numerusform>متطلبان غير مستوفيين.</numerusform>
            <numerusform>%n متطلبات غير مستوفاة.</numerusform>
            <numerusform>%n متطلبًا غير مستوفى.</numerusform>
            <numerusform>%n متطلب غير مستوفى.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) created. The checklist below is read again.</source>
        <translation>
            <numerusform>تم: لم يُنشأ أي كائن. تُقرأ قائمة التحقق أدناه مجددًا.</numerusform>
            <numerusform>تم: أُنشئ كائن واحد. تُقرأ قائمة التحقق أدناه مجددًا.</numerusform>
            <numerusform>تم: أُنشئ كائنان. تُقرأ قائمة التحقق أدناه مجددًا.</numerusform>
            <numerusform>تم: أُنشئت %n كائنات. تُقرأ قائمة التحقق أدناه مجددًا.</numerusform>
            <numerusform>تم: أُنشئ %n كائنًا. تُقرأ قائمة التحقق أدناه مجددًا.</numerusform>
            <numerusform>تم: أُنشئ %n كائن. تُقرأ قائمة التحقق أدناه مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يُغيَّر شيء: %1</translation>
    </message>
    <message>
        <source>Step %1 failed: %2. The steps before it were undone: the cluster is as it was.</source>
        <translation>فشلت الخطوة %1: %2. تم التراجع عن الخطوات السابقة لها: المجموعة كما كانت.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2. Some changes could not be undone:
%3</source>
        <translation>فشلت الخطوة %1: %2. تعذّر التراجع عن بعض التغييرات:
%3</translation>
    </message>
</context>
<context>
    <name>views::SchemaForm</name>
    <message>
        <source>Inherit</source>
        <extracomment>Yes/no setting left unset: the value of the level above (profile, tenant, global) applies.</extracomment>
        <translation>موروث</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>(inherit)</source>
        <extracomment>Choice left unset: the value of the level above applies.</extracomment>
        <translation>(موروث)</translation>
    </message>
    <message>
        <source>When not set, the server assumes yes.</source>
        <translation>عند عدم التعيين، يفترض الخادم «نعم».</translation>
    </message>
    <message>
        <source>When not set, the server assumes no.</source>
        <translation>عند عدم التعيين، يفترض الخادم «لا».</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Button beside a passcode or secret: shows or hides its characters.</extracomment>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Hide the characters</source>
        <translation>إخفاء الأحرف</translation>
    </message>
    <message>
        <source>Show the characters</source>
        <translation>إظهار الأحرف</translation>
    </message>
</context>
<context>
    <name>views::SecondsSpinBox</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <extracomment>A number of seconds in a spin box: &quot;5 seconds&quot;</extracomment>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SpaceCreateDialog</name>
    <message>
        <source>New Space</source>
        <translation>مساحة جديدة</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Button that creates the space described in the form.</extracomment>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Creating the space…</source>
        <translation>جارٍ إنشاء المساحة…</translation>
    </message>
    <message>
        <source>The space was not created: %1</source>
        <translation>لم تُنشأ المساحة: %1</translation>
    </message>
    <message>
        <source>Fill in what the space needs; fields left empty take the cluster&apos;s settings.</source>
        <translation>املأ ما تحتاجه المساحة؛ وتأخذ الحقول المتروكة فارغة إعدادات المجموعة العنقودية.</translation>
    </message>
    <message>
        <source>Space “%1” created.</source>
        <translation>تم إنشاء المساحة «%1».</translation>
    </message>
    <message>
        <source>Fields of the new space</source>
        <translation>حقول المساحة الجديدة</translation>
    </message>
</context>
<context>
    <name>views::SpaceDetailsView</name>
    <message>
        <source>General</source>
        <extracomment>Tab of a space&apos;s details: its own fields.</extracomment>
        <translation>عام</translation>
    </message>
    <message>
        <source>Access methods</source>
        <translation>طرق الوصول</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <extracomment>Tab of a space&apos;s details: the settings that really apply, and where each comes from.</extracomment>
        <translation>الإعدادات الفعلية</translation>
    </message>
</context>
<context>
    <name>views::SpaceEditor</name>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Send the fields you changed to the cluster</source>
        <translation>إرسال الحقول التي غيّرتها إلى المجموعة العنقودية</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Forget your changes and show what the cluster holds</source>
        <translation>التخلّي عن تغييراتك وعرض ما تحتفظ به المجموعة العنقودية</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Regenerate secret…</source>
        <translation>إعادة إنشاء السر…</translation>
    </message>
    <message>
        <source>Give the space a new secret: join links that use the old one stop working</source>
        <translation>منح المساحة سرًا جديدًا: ستتوقف روابط الانضمام التي تستخدم السر القديم عن العمل</translation>
    </message>
    <message>
        <source>Join details…</source>
        <translation>تفاصيل الانضمام…</translation>
    </message>
    <message>
        <source>Show what a guest needs to join this space, ready to copy</source>
        <translation>عرض ما يحتاجه الضيف للانضمام إلى هذه المساحة، جاهزًا للنسخ</translation>
    </message>
    <message>
        <source>How to join this space</source>
        <translation>كيفية الانضمام إلى هذه المساحة</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>إخفاء رمز المرور</translation>
    </message>
    <message>
        <source>Reveal passcode</source>
        <translation>إظهار رمز المرور</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the join details, passcode included</source>
        <translation>نسخ تفاصيل الانضمام، بما فيها رمز المرور</translation>
    </message>
    <message>
        <source>Copy the join details without the passcode</source>
        <translation>نسخ تفاصيل الانضمام دون رمز المرور</translation>
    </message>
    <message>
        <source>No space selected.</source>
        <translation>لم تُحدَّد أي مساحة.</translation>
    </message>
    <message>
        <source>The space could not be read: %1</source>
        <translation>تعذّرت قراءة المساحة: %1</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>لم تُحفظ التغييرات: %1</translation>
    </message>
    <message>
        <source>The space was not deleted: %1</source>
        <translation>لم تُحذف المساحة: %1</translation>
    </message>
    <message>
        <source>No new secret was made: %1</source>
        <translation>لم يُنشأ سر جديد: %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ التنفيذ…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>The space has a new secret. Send the new join details to its users.</source>
        <translation>أصبح للمساحة سر جديد. أرسل تفاصيل الانضمام الجديدة إلى مستخدميها.</translation>
    </message>
    <message>
        <source>This space was generated automatically for a user (by directory synchronisation): it belongs to that user and goes when the user goes. It cannot be deleted here.</source>
        <translation>أُنشئت هذه المساحة تلقائيًا لمستخدم (عبر مزامنة الدليل): فهي تخص ذلك المستخدم وتُزال بإزالته. لا يمكن حذفها من هنا.</translation>
    </message>
    <message>
        <source>Delete this space with its access methods and members</source>
        <translation>حذف هذه المساحة مع طرق الوصول والأعضاء الخاصة بها</translation>
    </message>
    <message>
        <source>Space “%1” changed: %2.</source>
        <extracomment>Activity log. %1: a space&apos;s name; %2: the fields changed, as a list (&quot;Name, URI and Passcode&quot;).</extracomment>
        <translation>تم تغيير المساحة «%1»: %2.</translation>
    </message>
    <message>
        <source>Delete space</source>
        <translation>حذف المساحة</translation>
    </message>
    <message>
        <source>Delete the space “%1”?</source>
        <translation>هل تريد حذف المساحة «%1»؟</translation>
    </message>
    <message>
        <source>Its access methods and members are deleted with it, and nobody can join it any more. This cannot be undone.</source>
        <translation>ستُحذف معها طرق الوصول والأعضاء الخاصة بها، ولن يتمكن أحد من الانضمام إليها بعد الآن. لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Space “%1” deleted.</source>
        <translation>تم حذف المساحة «%1».</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>إعادة إنشاء السر</translation>
    </message>
    <message>
        <source>Give this space a new secret?</source>
        <translation>هل تريد منح هذه المساحة سرًا جديدًا؟</translation>
    </message>
    <message>
        <source>Web links to the space that carry the old secret stop working: guests will need the new join details.</source>
        <translation>ستتوقف روابط الويب إلى المساحة التي تحمل السر القديم عن العمل: سيحتاج الضيوف إلى تفاصيل الانضمام الجديدة.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة الإنشاء</translation>
    </message>
    <message>
        <source>Space “%1” has a new secret: its old join links no longer work.</source>
        <translation>أصبح للمساحة «%1» سر جديد: لم تعد روابط الانضمام القديمة الخاصة بها تعمل.</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>المساحة: %1</translation>
    </message>
    <message>
        <source>Video address: %1</source>
        <translation>عنوان الفيديو: %1</translation>
    </message>
    <message>
        <source>Other video address: %1</source>
        <translation>عنوان فيديو آخر: %1</translation>
    </message>
    <message>
        <source>Call ID: %1</source>
        <translation>معرّف المكالمة: %1</translation>
    </message>
    <message>
        <source>Passcode: none</source>
        <translation>رمز المرور: لا يوجد</translation>
    </message>
    <message>
        <source>Passcode: %1</source>
        <extracomment>The passcode is hidden until the user reveals it.</extracomment>
        <translation>رمز المرور: %1</translation>
    </message>
    <message>
        <source>Fields of the space</source>
        <translation>حقول المساحة</translation>
    </message>
</context>
<context>
    <name>views::SpacesPane</name>
    <message>
        <source>No cluster selected.</source>
        <translation>لم تُحدَّد أي مجموعة عنقودية.</translation>
    </message>
    <message>
        <source>%1 is not connected.</source>
        <translation>%1 غير متصل.</translation>
    </message>
    <message>
        <source>Reading the spaces…</source>
        <translation>جارٍ قراءة المساحات…</translation>
    </message>
    <message>
        <source>%L1 of %L2 spaces</source>
        <extracomment>Loading progress. %L1: spaces read so far, %L2: all the spaces (&quot;12,400 of 100,000 spaces&quot;)</extracomment>
        <translation>%L1 من أصل %L2 مساحة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln مساحة</numerusform>
            <numerusform>مساحة واحدة</numerusform>
            <numerusform>مساحتان</numerusform>
            <numerusform>%Ln مساحات</numerusform>
            <numerusform>%Ln مساحةً</numerusform>
            <numerusform>%Ln مساحة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — loading cancelled, the list may be incomplete</source>
        <extracomment>%1: what is shown (e.g. &quot;1,200 spaces&quot;); the loading was cancelled</extracomment>
        <translation>%1 — أُلغي التحميل، وقد تكون القائمة غير مكتملة</translation>
    </message>
    <message>
        <source>%1 — loading failed: %2</source>
        <extracomment>%1: what is shown, %2: the error (a sentence)</extracomment>
        <translation>%1 — فشل التحميل: %2</translation>
    </message>
    <message>
        <source>Export Spaces</source>
        <translation>تصدير المساحات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>spaces.csv</source>
        <extracomment>Default file name of an export of the spaces list</extracomment>
        <translation>spaces.csv</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1: file path, %2: why (from the system)</extracomment>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Delete spaces</source>
        <translation>حذف المساحات</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln space(s)? Their access methods and members are deleted too.</source>
        <translation>
            <numerusform>هل تريد حذف %Ln مساحة؟ ستُحذف أيضًا طرق الوصول والأعضاء الخاصة بها.</numerusform>
            <numerusform>هل تريد حذف مساحة واحدة؟ ستُحذف أيضًا طرق الوصول والأعضاء الخاصة بها.</numerusform>
            <numerusform>هل تريد حذف مساحتين؟ ستُحذف أيضًا طرق الوصول والأعضاء الخاصة بهما.</numerusform>
            <numerusform>هل تريد حذف %Ln مساحات؟ ستُحذف أيضًا طرق الوصول والأعضاء الخاصة بها.</numerusform>
            <numerusform>هل تريد حذف %Ln مساحةً؟ ستُحذف أيضًا طرق الوصول والأعضاء الخاصة بها.</numerusform>
            <numerusform>هل تريد حذف %Ln مساحة؟ ستُحذف أيضًا طرق الوصول والأعضاء الخاصة بها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Search by name, URI or call ID (%1)</source>
        <translation>البحث بالاسم أو URI أو معرّف المكالمة (%1)</translation>
    </message>
    <message>
        <source>Finds the spaces whose name, URI, secondary URI or call ID contain every word typed</source>
        <translation>يعثر على المساحات التي يحتوي اسمها أو عنوان URI أو عنوان URI الثانوي أو معرّف المكالمة فيها على كل كلمة مكتوبة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Action: read the list of spaces again</extracomment>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the list of spaces again (%1)</source>
        <translation>إعادة قراءة قائمة المساحات (%1)</translation>
    </message>
    <message>
        <source>&amp;New Space…</source>
        <extracomment>Action: create a space</extracomment>
        <translation>مساحة جديدة…</translation>
    </message>
    <message>
        <source>Create a space (%1)</source>
        <translation>إنشاء مساحة (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save the spaces shown, with the visible columns, as a CSV file</source>
        <translation>حفظ المساحات المعروضة، مع الأعمدة الظاهرة، كملف CSV</translation>
    </message>
    <message>
        <source>&amp;Bulk</source>
        <extracomment>Menu of actions on many spaces at once</extracomment>
        <translation>&amp;إجراءات جماعية</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>حذف &amp;المحدد…</translation>
    </message>
    <message>
        <source>Set a &amp;Field…</source>
        <translation>تعيين &amp;الحقل…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop reading the spaces; those read so far stay in the list</source>
        <translation>إيقاف قراءة المساحات؛ وتبقى المساحات المقروءة حتى الآن في القائمة</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>المساحات</translation>
    </message>
    <message>
        <source>Select a space to see its details.</source>
        <translation>حدّد مساحة لعرض تفاصيلها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 match(es)</source>
        <comment>search result</comment>
        <extracomment>%Ln: spaces matching the search; %1: all the spaces, as &quot;304 spaces&quot;</extracomment>
        <translation>
            <numerusform>لا تتطابق أي مساحة من أصل %1</numerusform>
            <numerusform>تتطابق مساحة واحدة من أصل %1</numerusform>
            <numerusform>تتطابق مساحتان من أصل %1</numerusform>
            <numerusform>تتطابق %Ln مساحات من أصل %1</numerusform>
            <numerusform>تتطابق %Ln مساحةً من أصل %1</numerusform>
            <numerusform>تتطابق %Ln مساحة من أصل %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Search spaces</source>
        <translation>البحث في المساحات</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Start &amp;Meeting…</source>
        <translation>بدء &amp;اجتماع…</translation>
    </message>
    <message>
        <source>Start the meeting of the current space, and follow it in the Live section (%1)</source>
        <translation>بدء اجتماع المساحة الحالية ومتابعته في قسم «مباشر» (%1)</translation>
    </message>
    <message>
        <source>&amp;Guest and Host Access…</source>
        <extracomment>Action: give the selected spaces (or a new one) separate guest and host access</extracomment>
        <translation>&amp;وصول الضيوف والمضيفين…</translation>
    </message>
    <message>
        <source>Set up separate guest and host access on the selected spaces, or on a new space when none is selected (%1)</source>
        <translation>إعداد وصول منفصل للضيوف والمضيفين في المساحات المحددة، أو في مساحة جديدة إن لم تُحدَّد أي مساحة (%1)</translation>
    </message>
    <message>
        <source>Why Can&apos;t My Guests Get &amp;In?…</source>
        <translation>لماذ&amp;ا لا يستطيع ضيوفي الدخول؟…</translation>
    </message>
    <message>
        <source>Check the current space&apos;s guest and host access: the pattern it follows, each problem and its fix (%1)</source>
        <translation>افحص وصول الضيوف والمضيفين إلى المساحة الحالية: النمط الذي تتبعه وكل مشكلة وإصلاحها (%1)</translation>
    </message>
</context>
<context>
    <name>views::SpacesSection</name>
    <message>
        <source>S&amp;paces</source>
        <extracomment>View menu: show the Spaces section; also the title of the Spaces menu</extracomment>
        <translation>&amp;المساحات</translation>
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
        <translation>بدء اجتماع</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;المساحة:</translation>
    </message>
    <message>
        <source>Type part of a space&apos;s name or URI</source>
        <translation>اكتب جزءًا من اسم مساحة أو معرّف URI الخاص بها</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>The space whose meeting starts; type part of its name or URI to find it</source>
        <translation>المساحة التي يبدأ اجتماعها؛ اكتب جزءًا من اسمها أو معرّف URI الخاص بها للعثور عليها</translation>
    </message>
    <message>
        <source>Call &amp;bridge:</source>
        <translation>جسر &amp;المكالمات:</translation>
    </message>
    <message>
        <source>The least busy</source>
        <translation>الأقل انشغالًا</translation>
    </message>
    <message>
        <source>Call bridge</source>
        <translation>جسر المكالمات</translation>
    </message>
    <message>
        <source>The call bridge that hosts the meeting</source>
        <translation>جسر المكالمات الذي يستضيف الاجتماع</translation>
    </message>
    <message>
        <source>New &amp;passcode:</source>
        <translation>&amp;رمز مرور جديد:</translation>
    </message>
    <message>
        <source>Sets the space&apos;s passcode before the meeting starts; empty removes it</source>
        <translation>يعيّن رمز مرور المساحة قبل بدء الاجتماع؛ وإذا تُرك فارغًا يُحذف الرمز</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>رمز مرور جديد</translation>
    </message>
    <message>
        <source>&amp;Non-members:</source>
        <translation>غير &amp;الأعضاء:</translation>
    </message>
    <message>
        <source>As the space says</source>
        <translation>حسب إعداد المساحة</translation>
    </message>
    <message>
        <source>May join</source>
        <translation>يمكنهم الانضمام</translation>
    </message>
    <message>
        <source>May not join</source>
        <translation>لا يمكنهم الانضمام</translation>
    </message>
    <message>
        <source>Non-members</source>
        <translation>غير الأعضاء</translation>
    </message>
    <message>
        <source>Whether people who are not members of the space may join this meeting</source>
        <translation>ما إذا كان يمكن لغير أعضاء المساحة الانضمام إلى هذا الاجتماع</translation>
    </message>
    <message>
        <source>The space keeps the passcode and access chosen here after the meeting. If the meeting cannot start, the space is put back as it was.</source>
        <translation>تحتفظ المساحة برمز المرور والوصول المختارين هنا بعد الاجتماع. وإذا تعذّر بدء الاجتماع، تُعاد المساحة إلى ما كانت عليه.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>بدء &amp;الاجتماع</translation>
    </message>
</context>
<context>
    <name>views::TemplateUsersEditor</name>
    <message>
        <source>&amp;Users this space template is assigned to (they can create spaces from it):</source>
        <translation>المستخدمون المُسنَد إليهم قالب المساحة هذا (يمكنهم إنشاء مساحات منه):</translation>
    </message>
    <message>
        <source>Users assigned this space template</source>
        <translation>المستخدمون المُسنَد إليهم قالب المساحة هذا</translation>
    </message>
    <message>
        <source>Assign t&amp;o user:</source>
        <translation>إسناد إلى المستخدم:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>User to assign the space template to</source>
        <translation>المستخدم الذي سيُسنَد إليه قالب المساحة</translation>
    </message>
    <message>
        <source>The user&apos;s JID; type part of a name or JID to choose among the cluster&apos;s users</source>
        <translation>معرّف JID للمستخدم؛ اكتب جزءًا من اسم أو JID للاختيار من بين مستخدمي المجموعة</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>U&amp;nassign</source>
        <translation>إلغاء الإسناد</translation>
    </message>
    <message>
        <source>Take the space template away from the chosen user</source>
        <translation>سحب قالب المساحة من المستخدم المختار</translation>
    </message>
    <message>
        <source>Looking through the users: %1 of %2…</source>
        <extracomment>While the users&apos; space template assignments are read, one user at a time</extracomment>
        <translation>جارٍ فحص المستخدمين: %1 من %2…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %n user(s).</source>
        <translation>
            <numerusform>غير مُسنَد إلى أي مستخدم.</numerusform>
            <numerusform>مُسنَد إلى مستخدم واحد.</numerusform>
            <numerusform>مُسنَد إلى مستخدمَين.</numerusform>
            <numerusform>مُسنَد إلى %n مستخدمين.</numerusform>
            <numerusform>مُسنَد إلى %n مستخدمًا.</numerusform>
            <numerusform>مُسنَد إلى %n مستخدم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>جارٍ الإسناد…</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>لم يُسنَد: %1</translation>
    </message>
    <message>
        <source>Not assigned: the cluster has no user «%1».</source>
        <translation>لم يُسنَد: لا يوجد في المجموعة مستخدم «%1».</translation>
    </message>
    <message>
        <source>«%1» already has this space template.</source>
        <translation>لدى «%1» قالب المساحة هذا بالفعل.</translation>
    </message>
    <message>
        <source>Assigned to «%1».</source>
        <translation>تم الإسناد إلى «%1».</translation>
    </message>
    <message>
        <source>Not unassigned: %1</source>
        <translation>لم يُلغَ الإسناد: %1</translation>
    </message>
    <message>
        <source>Unassigned from «%1».</source>
        <translation>أُلغي الإسناد من «%1».</translation>
    </message>
</context>
<context>
    <name>views::TemporarySpacesPage</name>
    <message>
        <source>The scheduler makes a space for a meeting booked without one. The server deletes it in a job that runs every day at 01:15 GMT, once the meeting ended 24 hours or more before. Listed: the spaces a meeting scheduler made. Times are in your time zone, with GMT beside.</source>
        <translation>ينشئ المجدول مساحة للاجتماع المحجوز دون مساحة. ويحذفها الخادم في مهمة تعمل كل يوم عند 01:15 بتوقيت غرينتش، متى انتهى الاجتماع قبل 24 ساعة أو أكثر. المعروض: المساحات التي أنشأها مجدول اجتماعات. الأوقات بمنطقتك الزمنية، وبجانبها توقيت غرينتش.</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>وقت الحذف</translation>
    </message>
    <message>
        <source>Temporary spaces</source>
        <translation>المساحات المؤقتة</translation>
    </message>
    <message>
        <source>One row per space the scheduler made: its name, its URI, whether its meeting is running, and when the server deletes it</source>
        <translation>صف لكل مساحة أنشأها المجدول: اسمها، وعنوان URI الخاص بها، وهل اجتماعها جارٍ، ومتى يحذفها الخادم</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Read the spaces and the calls again (F5)</source>
        <translation>إعادة قراءة المساحات والمكالمات (F5)</translation>
    </message>
    <message>
        <source>Reading the spaces… %1 of %2</source>
        <extracomment>%1 and %2: numbers of spaces</extracomment>
        <translation>جارٍ قراءة المساحات… %1 من %2</translation>
    </message>
    <message>
        <source>The spaces could not be read: %1</source>
        <translation>تعذّرت قراءة المساحات: %1</translation>
    </message>
    <message>
        <source>Reading the spaces and the calls…</source>
        <translation>جارٍ قراءة المساحات والمكالمات…</translation>
    </message>
    <message>
        <source>No space made by a meeting scheduler.</source>
        <translation>لا توجد مساحة أنشأها مجدول اجتماعات.</translation>
    </message>
    <message numerus="yes">
        <source>%n temporary space(s).</source>
        <translation>
            <numerusform>لا توجد مساحات مؤقتة.</numerusform>
            <numerusform>مساحة مؤقتة واحدة.</numerusform>
            <numerusform>مساحتان مؤقتتان.</numerusform>
            <numerusform>%n مساحات مؤقتة.</numerusform>
            <numerusform>%n مساحة مؤقتة.</numerusform>
            <numerusform>%n مساحة مؤقتة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::TrustDialog</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>شهادة غير موثوق بها</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is not trusted by this computer.</source>
        <translation>شهادة جسر المكالمات %1 غير موثوق بها على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>It may be a self-signed certificate, as call bridges often use, or someone may be intercepting the connection. Compare the fingerprint below with the one the call bridge&apos;s administrator gives you before you trust it.</source>
        <translation>قد تكون شهادة موقّعة ذاتيًا، كما تستخدم جسور المكالمات غالبًا، أو ربما يعترض أحدهم الاتصال. قارن البصمة أدناه بالبصمة التي يعطيك إياها مسؤول جسر المكالمات قبل أن تثق بها.</translation>
    </message>
    <message>
        <source>If you trust it, the console will accept this one certificate for this one call bridge only, recognised by its SHA-256 fingerprint. If the call bridge presents another certificate later, the console will refuse the connection.</source>
        <translation>إذا وثقت بها، فستقبل وحدة التحكم هذه الشهادة وحدها لجسر المكالمات هذا وحده، وتتعرّف عليها من خلال بصمة SHA-256 الخاصة بها. وإذا قدّم جسر المكالمات شهادة أخرى لاحقًا، فسترفض وحدة التحكم الاتصال.</translation>
    </message>
    <message>
        <source>Trust this certificate for this bridge</source>
        <translation>الوثوق بهذه الشهادة لهذا الجسر</translation>
    </message>
    <message>
        <source>I have checked this certificate and its fingerprint with the call bridge&apos;s administrator</source>
        <translation>تحققت من هذه الشهادة وبصمتها مع مسؤول جسر المكالمات</translation>
    </message>
    <message>
        <source>Trusting a certificate with this problem needs this box ticked first.</source>
        <translation>لا يمكن الوثوق بشهادة فيها هذه المشكلة إلا بعد تحديد هذا المربع.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 has expired.</source>
        <translation>انتهت صلاحية شهادة جسر المكالمات %1.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is not valid yet.</source>
        <translation>شهادة جسر المكالمات %1 غير صالحة بعد.</translation>
    </message>
    <message>
        <source>The certificate of the call bridge %1 is made out to another name.</source>
        <translation>شهادة جسر المكالمات %1 صادرة لاسم آخر.</translation>
    </message>
    <message>
        <source>Trust it anyway for this bridge</source>
        <translation>الوثوق بها رغم ذلك لهذا الجسر</translation>
    </message>
</context>
</TS>
