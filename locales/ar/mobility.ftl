# Getting around. Prices come from dialogs/figures.toml. (Arabic)

mob-title = الباص والقطار والسيارة

mob-start = 🚌 التنقل بالباص والقطار والسيارة. ماذا تحتاجون؟

mob-opt-dticket = 🎫 Deutschlandticket
mob-opt-social = 💶 تذكرة اجتماعية رخيصة
mob-opt-school = 🚸 طريق الأطفال إلى المدرسة
mob-opt-licence = 🚗 رخصة قيادة للعمل
mob-opt-check = ✅ ما الذي يحق لي؟
mob-opt-wohngeld = 🏠 Wohngeld (إعانة السكن)
mob-opt-but = 🎒 Bildung und Teilhabe
mob-opt-avgs = 🤝 توجيه مهني (AVGS)

mob-dticket =
    🎫 Deutschlandticket (تذكرة ألمانيا)

    تذكرة واحدة للباصات والقطارات المحلية في كل ألمانيا.
    السعر: { $deutschlandticket } في الشهر (منذ { $deutschlandticket_from })، كاشتراك.
    👶 الأطفال تحت سن { $dt_free_age } يركبون مجانًا.

    📍 لدى شركة النقل في مدينتكم (مركز خدمة العملاء أو التطبيق).
    💡 مع Bürgergeld أو Wohngeld أو Asylbewerberleistungen توجد غالبًا تذكرة اجتماعية أرخص.

mob-social =
    💶 Deutschlandticket Sozial (التذكرة الاجتماعية)

    في منطقة VRR (تشمل Wuppertal): { $dt_sozial } في الشهر (القيمة من { $dt_sozial_from }؛ سعر 2026 غير مؤكد بعد).
    للأشخاص الذين يحصلون على Bürgergeld أو Sozialhilfe (المساعدة الاجتماعية) أو Wohngeld (إعانة السكن) أو Asylbewerberleistungen، وبعض الآخرين.

    هكذا تتصرفون:
    1. احصلوا على إثبات: من البلدية أو من الدائرة التي تدفع لكم المساعدة.
    2. اطلبوا التذكرة بهذا الإثبات لدى شركة النقل (اشتراك).

    مناطق أخرى: اسألوا مدينتكم عن تذكرة اجتماعية.

mob-school =
    🚸 طريق الأطفال إلى المدرسة

    • عن طريق Bildung und Teilhabe (التعليم والمشاركة) تُدفع المواصلات الضرورية إلى المدرسة – مع Bürgergeld أو Wohngeld أو Kinderzuschlag أو AsylbLG.
    • في NRW توجد Deutschlandticket Schule (تذكرة المدرسة): { $dt_schule } في الشهر.
    • الأطفال تحت سن { $dt_free_age } يركبون مجانًا.

    📍 اسألوا في سكرتارية المدرسة عن تذكرة الطلاب. طلب Bildung und Teilhabe: لدى Jobcenter أو البلدية أو Sozialamt (مكتب الشؤون الاجتماعية).

mob-licence =
    🚗 رخصة قيادة من أجل عمل

    يمكن لـ Jobcenter أن يدفع تكاليف رخصة القيادة (Vermittlungsbudget، ميزانية التوظيف). لا يوجد حق ثابت (القرار حسب التقدير).
    تحتاجون عرض عمل محددًا يتطلب رخصة القيادة.

    📄 خذوا معكم:
    • رسالة من صاحب العمل: سيوظّفكم عندما تحصلون على الرخصة
    • عرض أسعار من مدرسة تعليم القيادة

    📍 اسألوا Jobcenter قبل أن تسجّلوا في مدرسة القيادة. إذا لم تحصلوا على Bürgergeld: اسألوا Agentur für Arbeit (وكالة العمل).

## Next steps

mob-todo-social = لدى البلدية: احصلوا على إثبات للتذكرة الاجتماعية، ثم اطلبوا Deutschlandticket Sozial لدى شركة النقل.
mob-todo-school = لدى المدرسة: اسألوا عن تذكرة الطلاب؛ وقدّموا طلب تكاليف المواصلات عن طريق Bildung und Teilhabe.
mob-todo-licence = لدى Jobcenter: قدّموا طلب رخصة القيادة عن طريق Vermittlungsbudget – خذوا معكم رسالة صاحب العمل وعرض أسعار مدرسة القيادة.
