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
</context>
<context>
    <name>CredentialResult</name>
    <message>
        <source>The system keychain is not available, so the password cannot be read or saved. Make sure your desktop&apos;s keyring (secret service) is running and unlocked, then try again.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة، لذا لا يمكن قراءة كلمة المرور أو حفظها. تأكد من أن حلقة المفاتيح (Secret Service) في سطح المكتب قيد التشغيل وغير مقفلة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Unlock the keyring or allow CMS Console to use it, then try again.</source>
        <translation>رُفض الوصول إلى سلسلة مفاتيح النظام. افتح قفل حلقة المفاتيح أو اسمح لـ CMS Console باستخدامها، ثم أعد المحاولة.</translation>
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
        <source>Give --pin once per --url, in the same order: %n pin(s) given for fewer addresses.</source>
        <translation>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت %n بصمة لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت بصمة واحدة لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت بصمتان لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت %n بصمات لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت %n بصمةً لعدد أقل من العناوين.</numerusform>
            <numerusform>حدِّد --pin مرة واحدة لكل --url وبالترتيب نفسه: أُعطيت %n بصمة لعدد أقل من العناوين.</numerusform>
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
  move PARTICIPANT --to CALL  نقل مشارك إلى مكالمة أخرى (مع التحقق قبل النقل وبعده)
  dial CALL URI              إجراء اتصال صادر من مكالمة
  end CALL                   إنهاء مكالمة لجميع المشاركين
  mute PARTICIPANT [--video] [--off]   كتم صوت مشارك أو إيقاف الفيديو الخاص به (أو إعادة تشغيلهما)
  watch [--max N]            التغييرات المباشرة في جميع جسور المكالمات كأسطر JSON، حتى المقاطعة

TYPE هو اسم مجموعة كما في واجهة API (coSpaces و callLegProfiles…؛ بغض النظر عن حالة الأحرف)، أو اسم متداخل
مثل coSpaces/ID/accessMethods. تأتي كلمة المرور من سلسلة المفاتيح (بعد login)، أو من
--password-stdin أو من متغير البيئة CMS_PASSWORD؛ ولا تؤخذ أبدًا من وسيطة.
يمكن أيضًا أن تأتي قيم --url و --user وكلمة المرور من CMS_URL و CMS_USER.
رموز الخروج: 0 تم التنفيذ، 1 رفض الخادم، 2 خطأ في الاستخدام أو إدخال غير صالح، 3 مشكلة في الاتصال أو TLS أو المصادقة.</translation>
    </message>
</context>
<context>
    <name>CtlLiveCommands</name>
    <message>
        <source>Done.</source>
        <translation>تم التنفيذ.</translation>
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
        <source>“%1” can be at most %n characters long.</source>
        <translation>
            <numerusform>يجب ألا يزيد طول «%1» على %n حرف.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على حرف واحد.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على حرفين.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %n أحرف.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %n حرفًا.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %n حرف.</numerusform>
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
        <source>“%1” can be at most %n digits long.</source>
        <translation>
            <numerusform>يجب ألا يزيد طول «%1» على %n رقم.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على رقم واحد.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على رقمين.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %n أرقام.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %n رقمًا.</numerusform>
            <numerusform>يجب ألا يزيد طول «%1» على %n رقم.</numerusform>
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
        <source>“%1” may contain only letters, digits, “.”, “-”, “_” and one “$”; “%2” is not allowed.</source>
        <translation>لا يمكن أن يحتوي «%1» إلا على أحرف وأرقام و«.» و«-» و«_» وعلامة «$» واحدة؛ و«%2» غير مسموح به.</translation>
    </message>
    <message>
        <source>“%1” must contain exactly one “$”, which stands for the generated part, as in $.guest.</source>
        <translation>يجب أن يحتوي «%1» على علامة «$» واحدة بالضبط، وهي تمثّل الجزء المُنشأ، كما في $.guest.</translation>
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
        <translation>ينتظر المضيف في الردهة</translation>
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
        <translation>مجموعات معلمات إنشاء المساحات بالجملة</translation>
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
        <translation>مزامنات المساحات بالجملة</translation>
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
    <name>cms::AdmitOperation</name>
    <message>
        <source>%1 is not waiting in the lobby.</source>
        <translation>لا ينتظر %1 في الردهة.</translation>
    </message>
    <message>
        <source>Let %1 in from the lobby on %2 (PUT /%3 deactivated=false)</source>
        <translation>السماح بدخول %1 من الردهة على %2 (PUT /%3 deactivated=false)</translation>
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
    <name>cms::Connection</name>
    <message numerus="yes">
        <source>The primary call bridge %1 has answered again for %n second(s).</source>
        <translation>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ %n ثانية.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ ثانية واحدة.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ ثانيتين.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ %n ثوانٍ.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ %n ثانيةً.</numerusform>
            <numerusform>يستجيب جسر المكالمات الأساسي %1 مجددًا منذ %n ثانية.</numerusform>
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
    <name>cms::DialOutOperation</name>
    <message>
        <source>Dial %1 from the call “%2” on %3 (POST /calls/%4/callLegs)</source>
        <translation>الاتصال بـ %1 من المكالمة «%2» على %3 (POST /calls/%4/callLegs)</translation>
    </message>
</context>
<context>
    <name>cms::DisconnectOperation</name>
    <message>
        <source>Disconnect %1 on %2 (DELETE /%3)</source>
        <translation>قطع اتصال %1 على %2 (DELETE /%3)</translation>
    </message>
</context>
<context>
    <name>cms::EndCallOperation</name>
    <message>
        <source>End the call “%1” on %2 for everyone (DELETE /calls/%3)</source>
        <translation>إنهاء المكالمة «%1» على %2 لجميع المشاركين (DELETE /calls/%3)</translation>
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
    <name>cms::MuteOperation</name>
    <message>
        <source>Mute the audio of %1 on %2 (PUT /%3)</source>
        <translation>كتم صوت %1 على %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Unmute the audio of %1 on %2 (PUT /%3)</source>
        <translation>إلغاء كتم صوت %1 على %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Stop the video of %1 on %2 (PUT /%3)</source>
        <translation>إيقاف فيديو %1 على %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Restore the video of %1 on %2 (PUT /%3)</source>
        <translation>استعادة فيديو %1 على %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>The server accepted the change, but the call leg still shows the old mute state.</source>
        <translation>قبل الخادم التغيير، لكن مقطع المكالمة لا يزال يُظهر حالة الكتم السابقة.</translation>
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
        <translation>نقل %1 إلى المكالمة %2 على %3 (POST /calls/%2/participants movedParticipant=%4 needsActivation=false)</translation>
    </message>
    <message>
        <source>%1 arrived in the target meeting, but is still listed in the original call.</source>
        <translation>وصل %1 إلى الاجتماع الهدف، لكنه لا يزال مدرجًا في المكالمة الأصلية.</translation>
    </message>
</context>
<context>
    <name>cms::StartMeetingOperation</name>
    <message>
        <source>Prepare the space “%1” for the meeting: %2 (PUT /%3)</source>
        <translation>تجهيز المساحة «%1» للاجتماع: %2 (PUT /%3)</translation>
    </message>
    <message>
        <source>Start the meeting of “%1” on %2 (POST /calls coSpace=%3)</source>
        <translation>بدء اجتماع «%1» على %2 (POST /calls coSpace=%3)</translation>
    </message>
    <message>
        <source>The call that started does not belong to the space.</source>
        <translation>المكالمة التي بدأت لا تنتمي إلى المساحة.</translation>
    </message>
</context>
</TS>
