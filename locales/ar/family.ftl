# العائلة: الولادة والأشهر الأولى، المرض أو المستشفى، الطفل المريض.

fam-title = طفل رضيع ومرض
fam-start =
    👶 طفل رضيع أو مرض: عمّ تسألون؟
fam-opt-baby = 👶 الطفل قادم / وُلد
fam-opt-ill = 🏥 أنا مريض / إلى المستشفى
fam-opt-child-ill = 🤒 طفلي مريض
fam-ask-postcode =
    📮 ما رمزكم البريدي؟ عندها أذكر لكم الدوائر القريبة منكم.

## الولادة

birth-when = 👶 متى يولد طفلكم أو متى وُلد؟ المواعيد تُحسب من شهر الولادة.
birth-opt-expected = 🤰 قريبًا
birth-opt-this-month = وُلد هذا الشهر
birth-opt-last-month = وُلد الشهر الماضي
birth-opt-2-3 = قبل 2 إلى 3 أشهر
birth-opt-earlier = قبل أكثر من 3 أشهر
birth-job = 💼 هل كان لديكِ عمل (موظفة) قبل الولادة؟
birth-opt-job-yes = نعم، موظفة
birth-opt-job-no = لا
birth-insured = 🩺 كيف أنتِ مؤمَّنة صحيًا؟
birth-opt-member = عضوة في Krankenkasse بنفسي
birth-opt-other-insured = تأمين خاص أو عائلي
birth-parents = 👨‍👩‍👧 هل أنتِ متزوجة من والد الطفل؟
birth-opt-unmarried = غير متزوجين
birth-opt-no-father = الأب مجهول / لا يريد
birth-opt-married = متزوجان (حتى لو منفصلان)
birth-opt-kita = 🧸 مكان في الروضة: متى وكيف

birth-result =
    👶 ما تفعلونه حول الولادة – وأين:
    ⏰ سجّلوا الولادة خلال { $birth_register_days } أيام. قدّموا طلب { -unterhaltsvorschuss } في شهر الولادة، و{ -elterngeld } في أول { $elterngeld_backpay_months } أشهر.

birth-benefit-register = تسجيل الولادة
birth-benefit-insurance = التأمين الصحي للطفل
birth-benefit-mg = { -mutterschaftsgeld(form: "long") }
birth-benefit-elternzeit = { -mutterschutz } و{ -elternzeit }
birth-benefit-paternity = الأبوة والحضانة
birth-benefit-kita = مكان في { -kita } بعد { -elterngeld }

fam-office-standesamt = { -standesamt } في مكان الولادة
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } أو { -bas }
fam-office-employer = صاحب العمل
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } أو بوابة { -kita } في المدينة
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = المستشفى
fam-office-employer-kk = صاحب العمل، ثم { -krankenkasse }

birth-reg-reason = خلال { $birth_register_days } أيام في { -standesamt(form: "long") } في مكان الولادة. غالبًا يبلّغ المستشفى عن الولادة. تحصلون على { $birth_certificates_free } نسخ مجانية من { -geburtsurkunde(form: "long") }: لـ{ -elterngeld } و{ -kindergeld } و{ -mutterschaftsgeld }.
birth-ins-reason = طفلكم مؤمَّن مجانًا عن طريقكم: { -familienversicherung(form: "long") }. أخبروا { -krankenkasse } مباشرة بعد الولادة.
birth-ins-reason-other = يُؤمَّن الطفل مجانًا فقط عن طريق أحد الوالدين في { -krankenkasse } حكومية. اسألوا قبل الولادة كيف سيُؤمَّن طفلكم.
birth-mg-reason-nojob = { -mutterschaftsgeld } للأمهات اللواتي لديهن عمل. لستم متأكدين؟ اسألوا { -krankenkasse }.
birth-mg-reason-member = حتى { $mutterschaftsgeld_day } في اليوم من { -krankenkasse }. يدفع صاحب العمل الفرق حتى صافي أجركِ في آخر 3 أشهر. { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } أسابيع قبل الولادة و{ $mutterschutz_after_weeks } بعدها. يُخصم كاملًا من { -elterngeld }.
birth-mg-reason-other = مرة واحدة حتى { $mutterschaftsgeld_bas } من { -bas(form: "long") }. صاحب العمل يدفع الفرق أيضًا. لا يُخصم من { -elterngeld }.
birth-ez-reason = { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } أسابيع قبل الولادة (العمل فقط إن أردتِ)، و{ $mutterschutz_after_weeks } أسابيع بعدها (بعد ولادة مبكرة أو توائم { $mutterschutz_after_long_weeks }). { -elternzeit(form: "long") }: حتى { $elternzeit_years } سنوات. قدّميها كتابيًا قبل البداية بـ{ $elternzeit_notice_weeks } أسابيع. إذا كانت ستبدأ مباشرة بعد { -mutterschutz }، فالموعد قريب من الولادة. من تاريخ الطلب أنتِ محمية من الفصل.
birth-eg-reason = قدّموا الطلب في أول { $elterngeld_backpay_months } أشهر: عن الفترة قبل الطلب يُدفع { $elterngeld_backpay_months } أشهر على الأكثر. على الأقل { $elterngeld_min } في الشهر. وحدكم يمكنكم أخذ كل الأشهر الـ{ $elterngeld_months }.
birth-eg-reason-hagen = في هاغن يدفعه { -versorgungsamt-dortmund }. قدّموا الطلب في أول { $elterngeld_backpay_months } أشهر: عن الفترة قبل الطلب يُدفع { $elterngeld_backpay_months } أشهر على الأكثر. وحدكم يمكنكم أخذ كل الأشهر الـ{ $elterngeld_months }.
birth-eg-reason-late = قدّموا الطلب الآن! عن الفترة قبل الطلب يُدفع { $elterngeld_backpay_months } أشهر على الأكثر. الأشهر الأقدم ضاعت.
birth-kg-reason = { $kindergeld } في الشهر لطفلكم. قدّموا الطلب مع { -geburtsurkunde(form: "long") }.
birth-pat-reason-married = فقط للوالدين غير المتزوجين.
birth-pat-reason = { -vaterschaftsanerkennung(form: "long") } و{ -sorgeerklaerung(form: "long") }: مجانًا في { -jugendamt(form: "long") } (عند الكاتب العدل بمقابل). ممكن قبل الولادة. يلزم موافقتكِ. بدون { -sorgeerklaerung } تكون الحضانة لكِ وحدكِ.
birth-pat-reason-none = بدون { -vaterschaftsanerkennung } و{ -sorgeerklaerung } تكون الحضانة لكِ وحدكِ. الإثبات يعطيه { -jugendamt(form: "long") }: { -negativbescheinigung(form: "long") }.
birth-uvg-reason = { $uvg_0_5 } في الشهر من شهر الولادة. قدّموا الطلب في شهر الولادة: بأثر رجعي يُدفع فقط { $uvg_backpay_months } شهر قبل الطلب. عليكِ أن تساعدي في معرفة الأب قدر ما تستطيعين.
birth-uvg-reason-maybe = إذا كان الأب لا يدفع نفقة أو يدفع قليلًا: { $uvg_0_5 } في الشهر من شهر الولادة. قدّموا الطلب في شهر الولادة: بأثر رجعي { $uvg_backpay_months } شهر فقط.
birth-kita-reason = يُدفع { -elterngeld } حتى { $elterngeld_months } شهرًا. لطفلكم حق في مكان من عمر { $kita_right_age } سنة. سجّلوه مبكرًا لتبدأ { -kita } عندما ينتهي { -elterngeld }. كيف يتم ذلك عندكم: 🧸 في الأسفل.

birth-todo-register = { -standesamt }: تسجيل الولادة خلال { $birth_register_days } أيام (غالبًا يفعل ذلك المستشفى) – خذوا النسخ المجانية من { -geburtsurkunde(form: "long") }.
birth-todo-insurance = { -krankenkasse }: أدخلوا الطفل في { -familienversicherung(form: "long") } مباشرة بعد الولادة – خذوا { -geburtsurkunde } معكم.
birth-todo-insurance-other = إذا لم تكوني عضوة في { -krankenkasse } حكومية: اسألي قبل الولادة كيف يُؤمَّن طفلكِ.
birth-todo-mg-member = { -krankenkasse }: قدّمي طلب { -mutterschaftsgeld } – صاحب العمل يدفع الفرق.
birth-todo-mg-other = { -bas }: قدّمي طلب { -mutterschaftsgeld } (مرة واحدة حتى { $mutterschaftsgeld_bas }) – صاحب العمل يدفع الفرق.
birth-todo-elternzeit = صاحب العمل: اطلبي { -elternzeit(form: "long") } كتابيًا – قبل البداية بـ{ $elternzeit_notice_weeks } أسابيع.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (لهاغن): قدّموا طلب { -elterngeld } في أول { $elterngeld_backpay_months } أشهر – { -geburtsurkunde }، قسائم الراتب.
birth-todo-kindergeld = { -familienkasse }: قدّموا طلب { -kindergeld } لطفلكم – خذوا { -geburtsurkunde } معكم.
birth-todo-paternity = { -jugendamt }: احجزوا موعدًا لـ{ -vaterschaftsanerkennung } و{ -sorgeerklaerung } – مجانًا، وممكن قبل الولادة.
birth-todo-sole-custody = { -jugendamt }: احصلي على { -negativbescheinigung(form: "long") }.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): قدّموا طلب { -unterhaltsvorschuss } في شهر الولادة – { -geburtsurkunde }، معلومات عن الأب.
birth-todo-uvg-maybe = إذا كان الأب لا يدفع نفقة أو يدفع قليلًا: قدّموا طلب { -unterhaltsvorschuss } في { -jugendamt } في شهر الولادة.

## المرض أو المستشفى

ill-kind = 🏥 ما وضعكم؟
ill-opt-planned = مستشفى أو تأهيل مخطط له
ill-opt-sudden = مرض شديد مفاجئ
ill-child = 🧒 هل يعيش معكم طفل عمره أقل من { $haushaltshilfe_age } سنة أو طفل ذو إعاقة؟
ill-other = 👥 هل يستطيع أحد في بيتكم أن يتولى الأطفال والبيت؟
ill-opt-nobody = لا، لا أحد
ill-opt-somebody = نعم
ill-job = 💼 هل تعملون موظفين؟

ill-result =
    🏥 من يساعدكم عندما تمرضون:
    ⏰ قدّموا طلب { -haushaltshilfe } قبل دخول المستشفى.

ill-benefit-haushaltshilfe = { -haushaltshilfe(form: "long") }
ill-benefit-care = رعاية الأطفال
ill-benefit-social = { -sozialdienst }
ill-benefit-pay = الأجر و{ -krankengeld }

ill-hh-reason-age = فقط إذا كان في البيت طفل عمره أقل من { $haushaltshilfe_age } سنة أو طفل ذو إعاقة.
ill-hh-reason-other = فقط إذا لم يستطع أحد في بيتكم أن يتولى الأمر.
ill-hh-reason-planned = قدّموا الطلب قبل دخول المستشفى، مع شهادة من الطبيب. تدفعون { $hh_copay } % في اليوم ({ $hh_copay_min } إلى { $hh_copay_max }). يمكن أن تساعد جارة أو صديق ويُدفع لهما: { $hh_helper_hour } في الساعة، حتى { $hh_helper_day } في اليوم (حسب { $hh_helper_hour_from }؛ مبلغ 2026 لم يُؤكَّد بعد). الأجداد والإخوة يحصلون فقط على التكاليف مثل أجرة الطريق.
ill-hh-reason-sudden = أيضًا بدون مستشفى إذا كنتم مرضى بشدة: حتى { $hh_home_weeks } أسابيع، ومع طفل أقل من { $haushaltshilfe_age } سنة حتى { $hh_home_weeks_child }. قدّموا الطلب فورًا، مع شهادة من الطبيب. يمكن أن يُدفع لجارة أو صديق: { $hh_helper_hour } في الساعة (حسب { $hh_helper_hour_from }؛ 2026 غير مؤكد).
ill-care-reason = إذا لم تدفع { -krankenkasse } مساعدة أو دفعت قليلًا: يستطيع { -jugendamt(form: "long") } أن يرتّب رعاية في البيت.
ill-social-reason = موجودة في كل مستشفى تقريبًا. ترتّب المساعدة في البيت وتساعد في الطلبات. اتصلوا بها قبل الدخول.
ill-social-reason-maybe = إذا اضطررتم لدخول المستشفى: اسألوا فورًا عن { -sozialdienst }. تساعد في المساعدة المنزلية والطلبات.
ill-pay-reason = { -entgeltfortzahlung(form: "long") }: صاحب العمل يدفع { $sick_pay_weeks } أسابيع. بعدها تدفع { -krankenkasse } { -krankengeld(form: "long") }: { $krankengeld_gross } % من الإجمالي، وحتى { $krankengeld_net } % من الصافي، حتى { $krankengeld_weeks } أسبوعًا خلال { $krankengeld_years } سنوات.

ill-todo-hh-planned = { -krankenkasse }: قدّموا طلب { -haushaltshilfe } قبل دخول المستشفى – شهادة الطبيب؛ واسم المساعِدة إذا ساعدت جارة أو صديق.
ill-todo-social = المستشفى: اتصلوا بـ{ -sozialdienst } قبل الدخول – رتّبوا المساعدة في البيت والطلبات.
ill-todo-social-maybe = إذا اضطررتم لدخول المستشفى: اسألوا فورًا عن { -sozialdienst }.
ill-todo-pay = صاحب العمل: سلّموا شهادة المرض. بعد { $sick_pay_weeks } أسابيع تدفع { -krankenkasse } { -krankengeld }.

## الطفل المريض

kid-age = 🤒 كم عمر طفلكم المريض؟
kid-opt-under-12 = أقل من { $kkg_age }
kid-opt-hospital = أقل من { $kkg_hospital_age }، في المستشفى
kid-opt-from-12 = { $kkg_age } أو أكثر

kid-result =
    🤒 إذا لم تستطيعوا العمل لأن طفلكم مريض:

kid-benefit-kkg = { -kinderkrankengeld(form: "long") }

kid-kkg-reason-age = فقط للأطفال الأقل من { $kkg_age } سنة.
kid-kkg-reason-job = يعوّض الأجر: فقط إذا كنتم تعملون موظفين.
kid-kkg-reason = للوالد الوحيد: { $kkg_days_single } يوم عمل لكل طفل في السنة، ولكل الأطفال معًا { $kkg_days_single_max } على الأكثر (حسب { $kkg_days_single_from }). { $kkg_rate } % من الصافي الضائع. أنتم وطفلكم في تأمين حكومي؛ شهادة من طبيب الأطفال.
kid-kkg-reason-hospital = إذا بقيتم مع طفلكم الأقل من { $kkg_hospital_age } سنوات في المستشفى: بلا حد، ولا يُحسب من أيامكم الـ{ $kkg_days_single }. { $kkg_rate } % من الصافي الضائع.

kid-todo-kkg-hospital = { -krankenkasse }: قدّموا طلب { -kinderkrankengeld } عن فترة المستشفى – خذوا شهادة الطبيب.
