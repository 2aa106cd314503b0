### الخدمات المحلية: ما تعرضه خطوة الخدمات (البطاقات، «المزيد»، «لم يُعثر على شيء»).
### البرنامج يستعمل هذه المعرّفات. تغيير النص: نعم. تغيير اسم المعرّف: لا.

offers-found = { $total ->
    [one] 📋 أعرف خدمة واحدة مناسبة:
    [two] 📋 أعرف خدمتين مناسبتين. هنا { $shown ->
        [one] رقم { $from }:
       *[other] من { $from } إلى { $to }:
    }
    [few] 📋 أعرف { $total } خدمات مناسبة. هنا { $shown ->
        [one] رقم { $from }:
       *[other] من { $from } إلى { $to }:
    }
    [many] 📋 أعرف { $total } خدمةً مناسبة. هنا { $shown ->
        [one] رقم { $from }:
       *[other] من { $from } إلى { $to }:
    }
   *[other] 📋 أعرف { $total } خدمة مناسبة. هنا { $shown ->
        [one] رقم { $from }:
       *[other] من { $from } إلى { $to }:
    }
}
offers-none = 📋 للأسف لا أعرف بعد خدمة لهذا الموضوع قريبة منكم. اسألوا { -jobcenter } أو { -jugendamt(form: "long") } – هناك يعرفون الخدمات الموجودة في منطقتكم.
offers-relaxed = ℹ️ لا توجد خدمة تناسب كل ما أخبرتموني به. هذه هي الأقرب:
offers-unavailable = ⚠️ قائمة الخدمات غير متاحة الآن. من فضلكم حاولوا مرة أخرى لاحقًا.
offers-more = ➕ خدمات أخرى
offers-near-saved = 📍 شكرًا! سأرتّب الخدمات الآن حسب المسافة من مكانكم.

offers-card-title = 📍 { $name } ({ $kind })
offers-card-provider = 🏢 { $provider }
offers-card-place = 🏠 { $place }
offers-card-distance = 📏 على بعد { $km } كم تقريبًا
offers-card-hours = 🕐 { $hours }
offers-card-offhours = 🌙 أيضًا { $times }
offers-card-childcare = 🧸 رعاية للأطفال خلال الدورة أو الاستشارة
offers-card-languages = 🗣️ { $languages }
offers-card-cost = 💶 { $cost }
offers-card-phone = ☎️ { $phone }
offers-card-email = ✉️ { $email }
offers-card-web = 🌐 { $web }
offers-card-description = { $text }
offers-card-ask-first = ❔ { $what } – { $action }
offers-unconfirmed-both = العنوان وأوقات الدوام غير مؤكدة بعد
offers-unconfirmed-place = العنوان غير مؤكد بعد
offers-unconfirmed-hours = أوقات الدوام غير مؤكدة بعد
offers-ask-phone = يُرجى الاتصال قبل الذهاب.
offers-ask-web = يُرجى التحقق عبر الإنترنت قبل الذهاب.
offers-ask-other = يُرجى السؤال قبل الذهاب.
offers-card-checked = ✔️ آخر تحقق بتاريخ { $date }

offers-offhours-early = في الصباح الباكر
offers-offhours-late = في المساء
offers-offhours-weekend = في عطلة نهاية الأسبوع

offers-cost-free = مجانًا
offers-cost-reduced = سعر مخفّض لأصحاب الدخل القليل
offers-cost-fee = برسوم

offers-kind-office = دائرة رسمية
offers-kind-counselling = استشارة
offers-kind-course = دورة
offers-kind-childcare = رعاية أطفال
offers-kind-family_centre = مركز للعائلات
offers-kind-transport = تنقّل
offers-kind-health_insurer = تأمين صحي
offers-kind-legal = مساعدة قانونية
offers-kind-hotline = خط هاتف
offers-kind-group = مكان لقاء
offers-kind-other = خدمة

offers-day-mo = الاثنين
offers-day-tu = الثلاثاء
offers-day-we = الأربعاء
offers-day-th = الخميس
offers-day-fr = الجمعة
offers-day-sa = السبت
offers-day-su = الأحد

## نصوص خطوات الخدمات في الحوارات (dialogs/*.toml).

offers-opt-near = 📍 خدمات قريبة مني
offers-opt-near-courses = 📍 دورات واستشارات قريبة مني
offers-opt-topic = ↪️ العودة إلى الموضوع
offers-ask-postcode = 📮 ما هو الرمز البريدي لمكان سكنكم؟ عندها أعرض لكم الخدمات القريبة منكم أولًا. اكتبوا الأرقام الخمسة، مثلًا 42103.
offers-postcode-error = هذا ليس رمزًا بريديًا. من فضلكم اكتبوا 5 أرقام، مثلًا 42103.
offers-opt-skip-postcode = متابعة بدون رمز بريدي
offers-ask-offhours = 🕐 هل تحتاجون رعاية للأطفال خارج الأوقات المعتادة؟
offers-offhours-opt-no = لا، النهار يكفي
offers-offhours-opt-early = نعم، صباحًا قبل الساعة 8
offers-offhours-opt-late = نعم، مساءً بعد الساعة 6
offers-offhours-opt-weekend = نعم، في عطلة نهاية الأسبوع
offers-ask-childcare = 🧸 هل تحتاجون رعاية لأطفالكم أثناء مشاركتكم في الدورة أو الاستشارة؟
offers-opt-childcare-yes = نعم، مع رعاية للأطفال
offers-opt-childcare-no = لا، ليس ضروريًا
offers-money = 💬 استشارات ودوائر رسمية قريبة منك حول المال والنفقة والطلبات:
offers-childcare = 🧸 رعاية الأطفال ومراكز العائلات والاستشارات القريبة منك:
offers-training = 📚 دورات واستشارات قريبة منك حول اللغة والتدريب المهني والعمل:
offers-mobility = 🚌 التذاكر ووسائل التنقّل القريبة منك:
