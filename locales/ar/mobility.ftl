# التنقل. الأسعار تأتي من dialogs/figures.toml.

mob-title = الباص والقطار والسيارة

mob-start = 🚌 التنقل بالباص والقطار والسيارة. ماذا تحتاجون؟

mob-opt-dticket = 🎫 { -deutschlandticket }
mob-opt-social = 💶 { -sozialticket }
mob-opt-school = 🚸 طريق الأطفال إلى المدرسة
mob-opt-licence = 🚗 رخصة قيادة للعمل
mob-opt-check = ✅ ما الذي يحق لي؟
mob-opt-wohngeld = 🏠 { -wohngeld }
mob-opt-but = 🎒 دعم تكاليف المدرسة والنشاطات
mob-opt-avgs = 🤝 توجيه مهني: { -avgs }

mob-dticket =
    🎫 { -deutschlandticket(form: "long") }

    تذكرة واحدة للباصات والقطارات المحلية في كل ألمانيا.
    السعر: { $deutschlandticket } في الشهر (منذ { $deutschlandticket_from })، كاشتراك.
    👶 الأطفال الذين أعمارهم أقل من { $dt_free_age } سنوات يركبون مجانًا.

    📍 لدى شركة النقل في مدينتكم (مركز خدمة العملاء أو التطبيق).
    💡 إذا كنتم تحصلون على { -buergergeld } أو { -wohngeld } أو { -asylbewerberleistungen }، توجد غالبًا تذكرة أرخص: { -sozialticket(form: "long") }.

mob-social =
    💶 { -deutschlandticket-sozial(form: "long") }

    في منطقة { -vrr(form: "long") }، ومنها فوبرتال (Wuppertal) وهاغن (Hagen): { $dt_sozial } في الشهر (القيمة من { $dt_sozial_from }؛ سعر 2026 غير مؤكد بعد).
    للأشخاص الذين يحصلون على { -buergergeld } أو { -sozialhilfe(form: "long") } أو { -wohngeld } أو { -asylbewerberleistungen }، ولبعض الأشخاص الآخرين.

    هكذا تتصرفون:
    1. احصلوا على إثبات: من البلدية أو من الدائرة التي تدفع لكم المساعدة.
    2. اطلبوا التذكرة بهذا الإثبات لدى شركة النقل (اشتراك).

    مناطق أخرى: اسألوا بلديتكم عن { -sozialticket }.

mob-school =
    🚸 طريق الأطفال إلى المدرسة

    • عن طريق { -bildung-und-teilhabe(form: "long") } تُدفع تكاليف المواصلات الضرورية إلى المدرسة – إذا كنتم تحصلون على { -buergergeld } أو { -wohngeld } أو { -kinderzuschlag } أو { -asylbewerberleistungen }.
    • في { -nrw(form: "long") } توجد تذكرة المدرسة (دويتشلاند تيكت شوله، Deutschlandticket Schule): { $dt_schule } في الشهر.
    • الأطفال الذين أعمارهم أقل من { $dt_free_age } سنوات يركبون مجانًا.

    📍 اسألوا في سكرتارية المدرسة عن تذكرة الطلاب. طلب { -bildung-und-teilhabe }: لدى { -jobcenter } أو البلدية أو { -sozialamt(form: "long") }.

mob-licence =
    🚗 رخصة قيادة من أجل عمل

    يستطيع { -jobcenter(form: "long") } أن يدفع تكاليف رخصة القيادة من ميزانية التوظيف (Vermittlungsbudget). لا يوجد حق ثابت، فالدائرة هي التي تقرر.
    تحتاجون عرض عمل محددًا يتطلب رخصة القيادة.

    📄 خذوا معكم:
    • رسالة من صاحب العمل: سيوظّفكم عندما تحصلون على الرخصة
    • عرض أسعار من مدرسة تعليم القيادة

    📍 اسألوا { -jobcenter } قبل أن تسجّلوا في مدرسة القيادة. إذا لم تحصلوا على { -buergergeld }: اسألوا { -agentur-fuer-arbeit(form: "long") }.

## الخطوات التالية

mob-todo-social = البلدية: احصلوا على إثبات من أجل { -sozialticket }، ثم اطلبوا { -deutschlandticket-sozial } لدى شركة النقل.
mob-todo-school = المدرسة: اسألوا عن تذكرة الطلاب؛ وقدّموا طلب تكاليف المواصلات عن طريق { -bildung-und-teilhabe }.
mob-todo-licence = { -jobcenter }: قدّموا طلب تكاليف رخصة القيادة من ميزانية التوظيف (Vermittlungsbudget) – خذوا معكم رسالة صاحب العمل وعرض أسعار مدرسة القيادة.

## قواعد كل ولاية وكل شبكة

mob-opt-rural = 🚐 حافلة حسب الطلب في الريف

mob-social-be =
    💶 تذكرة برلين S (Berlin-Ticket S)

    { $berlin_ticket_s } في الشهر، للحافلات والقطارات في برلين (المنطقة AB).
    لمن يحصل على { -buergergeld } أو { -sozialhilfe } أو { -asylbewerberleistungen } أو { -wohngeld } – وبعض الفئات الأخرى. لا تشمل إعانة البطالة I (ALG I).

    الخطوات:
    1. اشترِ التذكرة من BVG أو S-Bahn.
    2. اكتب اسمك الكامل على التذكرة.
    3. احمل دائمًا { -bescheid } وهوية بصورة.

mob-social-clp =
    💶 { -sozialticket } في مقاطعة كلوبنبورغ

    لا أعرف { -sozialticket } في مقاطعة كلوبنبورغ. في سكسونيا السفلى تقرر المقاطعات والمدن ذلك بنفسها. اسأل في مبنى المقاطعة (Kreishaus).
    🚐 الحافلة حسب الطلب moobil+ وسيلة تنقّل رخيصة.
    🎒 للطريق إلى المدرسة يدفع { -bildung-und-teilhabe } الرحلات اللازمة.

mob-rural =
    🚐 الحافلة حسب الطلب moobil+ في مقاطعة كلوبنبورغ

    حافلات صغيرة تعمل في كل بلدة، غالبًا من 7 إلى 19. تتوقف في أكثر من 500 موقف – ومنها دون درج.
    ⏰ احجز قبل { $moobil_book_hours ->
        [one] ساعة واحدة
       *[other] { $moobil_book_hours } ساعات
    } على الأقل: في التطبيق أو عبر الإنترنت أو بالهاتف 0800 3030 20 1.
    💶 رحلة داخل بلدتك: { $moobil_fare }. لكل بلدة إضافية: { $moobil_fare_extra } زيادة.
    توجد أيضًا تذاكر يومية وأسبوعية وشهرية. تدفع نقدًا أو عبر حساب.

mob-todo-social-be = BVG أو S-Bahn: اشترِ Berlin-Ticket S – واحمل دائمًا { -bescheid } وهوية بصورة.
mob-todo-rural = moobil+: احجز الرحلة قبل { $moobil_book_hours ->
        [one] ساعة واحدة
       *[other] { $moobil_book_hours } ساعات
    } على الأقل – التطبيق أو الإنترنت أو 0800 3030 20 1.
