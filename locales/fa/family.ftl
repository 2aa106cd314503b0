# خانواده: تولد و ماه‌های اول، بیماری یا بیمارستان، کودک بیمار.

fam-title = نوزاد و بیماری
fam-start =
    👶 نوزاد یا بیماری: موضوع چیست؟
fam-opt-baby = 👶 نوزاد در راه / به دنیا آمده
fam-opt-ill = 🏥 بیمارم / به بیمارستان می‌روم
fam-opt-child-ill = 🤒 فرزندم بیمار است
fam-ask-postcode =
    📮 کد پستی شما؟ آن‌وقت اداره‌های نزدیک شما را می‌گویم.

## تولد

birth-when = 👶 نوزاد شما کی به دنیا می‌آید یا آمد؟ مهلت‌ها از ماه تولد حساب می‌شوند.
birth-opt-expected = 🤰 به‌زودی
birth-opt-this-month = همین ماه به دنیا آمد
birth-opt-last-month = ماه گذشته به دنیا آمد
birth-opt-2-3 = 2 تا 3 ماه پیش
birth-opt-earlier = بیش از 3 ماه پیش
birth-job = 💼 آیا پیش از زایمان کار (استخدامی) داشتید؟
birth-opt-job-yes = بله، استخدامی
birth-opt-job-no = نه
birth-insured = 🩺 بیمهٔ درمانی شما چگونه است؟
birth-opt-member = خودم عضو Krankenkasse هستم
birth-opt-other-insured = خصوصی یا خانوادگی
birth-parents = 👨‍👩‍👧 آیا با پدر نوزاد ازدواج کرده‌اید؟
birth-opt-unmarried = ازدواج نکرده‌ایم
birth-opt-no-father = پدر نامعلوم / نمی‌خواهد
birth-opt-married = متأهل (حتی جدا)
birth-opt-kita = 🧸 جای کیتا: کی و چطور

birth-result =
    👶 کارهای دور و بر تولد – و کجا:
    ⏰ تولد را در { $birth_register_days } روز ثبت کنید. درخواست { -unterhaltsvorschuss } در ماه تولد، و { -elterngeld } در { $elterngeld_backpay_months } ماه اول.

birth-benefit-register = ثبت تولد
birth-benefit-insurance = بیمهٔ درمانی نوزاد
birth-benefit-mg = { -mutterschaftsgeld(form: "long") }
birth-benefit-elternzeit = { -mutterschutz } و { -elternzeit }
birth-benefit-paternity = پدری و حضانت
birth-benefit-kita = جای { -kita } بعد از { -elterngeld }

fam-office-standesamt = { -standesamt } محل تولد
fam-office-krankenkasse = { -krankenkasse }
fam-office-mg = { -krankenkasse } یا { -bas }
fam-office-employer = کارفرما
fam-office-elterngeld = { -elterngeldstelle }
fam-office-beistandschaft = { -jugendamt }
fam-office-kita = { -jugendamt } یا سامانهٔ { -kita } شهر
fam-office-jugendamt = { -jugendamt }
fam-office-hospital = بیمارستان
fam-office-employer-kk = کارفرما، سپس { -krankenkasse }

birth-reg-reason = در { $birth_register_days } روز در { -standesamt(form: "long") } محل تولد. معمولاً بیمارستان تولد را اعلام می‌کند. { $birth_certificates_free } نسخهٔ رایگان از { -geburtsurkunde(form: "long") } می‌گیرید: برای { -elterngeld }، { -kindergeld } و { -mutterschaftsgeld }.
birth-ins-reason = نوزاد شما از طریق خودتان رایگان بیمه است: { -familienversicherung(form: "long") }. بلافاصله بعد از تولد به { -krankenkasse } خبر دهید.
birth-ins-reason-other = کودک فقط از طریق والدی که در { -krankenkasse } دولتی است رایگان بیمه می‌شود. پیش از تولد بپرسید نوزاد چگونه بیمه می‌شود.
birth-mg-reason-nojob = { -mutterschaftsgeld } برای مادرانی است که کار دارند. مطمئن نیستید؟ از { -krankenkasse } بپرسید.
birth-mg-reason-member = تا { $mutterschaftsgeld_day } در روز از { -krankenkasse }. کارفرما مابه‌التفاوت را تا حقوق خالص 3 ماه آخر می‌پردازد. { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } هفته پیش و { $mutterschutz_after_weeks } هفته پس از زایمان. کاملاً از { -elterngeld } کم می‌شود.
birth-mg-reason-other = یک‌بار تا { $mutterschaftsgeld_bas } از { -bas(form: "long") }. کارفرما باز هم مابه‌التفاوت را می‌دهد. از { -elterngeld } کم نمی‌شود.
birth-ez-reason = { -mutterschutz(form: "long") }: { $mutterschutz_before_weeks } هفته پیش از زایمان (کار فقط اگر بخواهید)، { $mutterschutz_after_weeks } هفته پس از آن (پس از زایمان زودرس یا چندقلو { $mutterschutz_after_long_weeks }). { -elternzeit(form: "long") }: تا { $elternzeit_years } سال. { $elternzeit_notice_weeks } هفته پیش از شروع، کتبی درخواست کنید. اگر قرار است درست بعد از { -mutterschutz } شروع شود، مهلت کمی پس از تولد است. از زمان درخواست، از اخراج محافظت می‌شوید.
birth-eg-reason = در { $elterngeld_backpay_months } ماه اول درخواست دهید: برای زمان پیش از درخواست حداکثر { $elterngeld_backpay_months } ماه پرداخت می‌شود. دست‌کم { $elterngeld_min } در ماه. به‌تنهایی می‌توانید همهٔ { $elterngeld_months } ماه را بگیرید.
birth-eg-reason-hagen = برای هاگن { -versorgungsamt-dortmund } می‌پردازد. در { $elterngeld_backpay_months } ماه اول درخواست دهید: برای زمان پیش از درخواست حداکثر { $elterngeld_backpay_months } ماه پرداخت می‌شود. به‌تنهایی می‌توانید همهٔ { $elterngeld_months } ماه را بگیرید.
birth-eg-reason-late = همین حالا درخواست دهید! برای زمان پیش از درخواست حداکثر { $elterngeld_backpay_months } ماه پرداخت می‌شود. ماه‌های قدیمی‌تر از دست رفته‌اند.
birth-kg-reason = { $kindergeld } در ماه برای نوزادتان. با { -geburtsurkunde(form: "long") } درخواست دهید.
birth-pat-reason-married = فقط برای والدینی که ازدواج نکرده‌اند.
birth-pat-reason = { -vaterschaftsanerkennung(form: "long") } و { -sorgeerklaerung(form: "long") }: رایگان در { -jugendamt(form: "long") } (نزد دفتر اسناد رسمی هزینه دارد). پیش از تولد هم ممکن است. رضایت شما لازم است. بدون { -sorgeerklaerung } حضانت فقط با شماست.
birth-pat-reason-none = بدون { -vaterschaftsanerkennung } و { -sorgeerklaerung } حضانت فقط با شماست. گواهی را { -jugendamt(form: "long") } می‌دهد: { -negativbescheinigung(form: "long") }.
birth-uvg-reason = { $uvg_0_5 } در ماه از ماه تولد. در ماه تولد درخواست دهید: به‌طور عطف به ماسبق فقط { $uvg_backpay_months } ماه پیش از درخواست پرداخت می‌شود. باید تا جایی که می‌توانید در پیدا کردن پدر کمک کنید.
birth-uvg-reason-maybe = اگر پدر نفقه نمی‌دهد یا کم می‌دهد: { $uvg_0_5 } در ماه از ماه تولد. در ماه تولد درخواست دهید: عطف به ماسبق فقط { $uvg_backpay_months } ماه.
birth-kita-reason = { -elterngeld } تا { $elterngeld_months } ماه پرداخت می‌شود. فرزندتان از { $kita_right_age } سالگی حق جا دارد. زود ثبت‌نام کنید تا { -kita } وقتی { -elterngeld } تمام می‌شود شروع شود. روش آن در منطقهٔ شما: 🧸 پایین.

birth-todo-register = { -standesamt }: تولد را در { $birth_register_days } روز ثبت کنید (اغلب بیمارستان انجام می‌دهد) – نسخه‌های رایگان { -geburtsurkunde(form: "long") } را بگیرید.
birth-todo-insurance = { -krankenkasse }: بلافاصله بعد از تولد نوزاد را در { -familienversicherung(form: "long") } ثبت کنید – { -geburtsurkunde } را ببرید.
birth-todo-insurance-other = اگر خودتان عضو { -krankenkasse } دولتی نیستید: پیش از تولد بپرسید نوزاد چگونه بیمه می‌شود.
birth-todo-mg-member = { -krankenkasse }: درخواست { -mutterschaftsgeld } – کارفرما مابه‌التفاوت را می‌دهد.
birth-todo-mg-other = { -bas }: درخواست { -mutterschaftsgeld } (یک‌بار، تا { $mutterschaftsgeld_bas }) – کارفرما مابه‌التفاوت را می‌دهد.
birth-todo-elternzeit = کارفرما: { -elternzeit(form: "long") } را کتبی درخواست کنید – { $elternzeit_notice_weeks } هفته پیش از شروع.
birth-todo-elterngeld-hagen = { -versorgungsamt-dortmund } (برای هاگن): درخواست { -elterngeld } در { $elterngeld_backpay_months } ماه اول – { -geburtsurkunde }، فیش‌های حقوقی.
birth-todo-kindergeld = { -familienkasse }: درخواست { -kindergeld } برای نوزاد – { -geburtsurkunde } را ببرید.
birth-todo-paternity = { -jugendamt }: برای { -vaterschaftsanerkennung } و { -sorgeerklaerung } وقت بگیرید – رایگان، پیش از تولد هم ممکن است.
birth-todo-sole-custody = { -jugendamt }: { -negativbescheinigung(form: "long") } را بگیرید.
birth-todo-uvg = { -jugendamt } ({ -unterhaltsvorschussstelle }): درخواست { -unterhaltsvorschuss } در ماه تولد – { -geburtsurkunde }، اطلاعات دربارهٔ پدر.
birth-todo-uvg-maybe = اگر پدر نفقه نمی‌دهد یا کم می‌دهد: در ماه تولد در { -jugendamt } درخواست { -unterhaltsvorschuss } بدهید.

## بیماری یا بیمارستان

ill-kind = 🏥 وضعیت شما چیست؟
ill-opt-planned = بیمارستان یا توانبخشی برنامه‌ریزی‌شده
ill-opt-sudden = ناگهان سخت بیمار
ill-child = 🧒 آیا کودکی زیر { $haushaltshilfe_age } سال یا کودکی با معلولیت با شما زندگی می‌کند؟
ill-other = 👥 آیا کسی در خانهٔ شما می‌تواند بچه‌ها و کار خانه را به عهده بگیرد؟
ill-opt-nobody = نه، هیچ‌کس
ill-opt-somebody = بله
ill-job = 💼 آیا استخدام هستید؟

ill-result =
    🏥 وقتی بیمار هستید چه کسی کمک می‌کند:
    ⏰ { -haushaltshilfe } را پیش از بستری شدن درخواست کنید.

ill-benefit-haushaltshilfe = { -haushaltshilfe(form: "long") }
ill-benefit-care = مراقبت از بچه‌ها
ill-benefit-social = { -sozialdienst }
ill-benefit-pay = حقوق و { -krankengeld }

ill-hh-reason-age = فقط با کودکی زیر { $haushaltshilfe_age } سال یا کودکی با معلولیت در خانه.
ill-hh-reason-other = فقط اگر هیچ‌کس در خانهٔ شما نتواند جای شما را بگیرد.
ill-hh-reason-planned = پیش از بستری، با گواهی پزشک درخواست دهید. روزانه { $hh_copay } % سهم می‌پردازید ({ $hh_copay_min } تا { $hh_copay_max }). یک همسایه یا دوست هم می‌تواند کمک کند و پول بگیرد: ساعتی { $hh_helper_hour }، حداکثر روزی { $hh_helper_day } (طبق { $hh_helper_hour_from }؛ مبلغ 2026 هنوز تأیید نشده). پدربزرگ و مادربزرگ و خواهر و برادر فقط هزینه‌ها مثل کرایهٔ راه را می‌گیرند.
ill-hh-reason-sudden = بدون بیمارستان هم، اگر سخت بیمار هستید: تا { $hh_home_weeks } هفته، با کودک زیر { $haushaltshilfe_age } سال تا { $hh_home_weeks_child } هفته. فوراً با گواهی پزشک درخواست دهید. به همسایه یا دوست می‌شود ساعتی { $hh_helper_hour } پرداخت (طبق { $hh_helper_hour_from }؛ 2026 تأیید نشده).
ill-care-reason = اگر { -krankenkasse } کمکی نپردازد یا کم بپردازد: { -jugendamt(form: "long") } می‌تواند مراقبت در خانه را فراهم کند.
ill-social-reason = تقریباً در هر بیمارستانی هست. کمک در خانه را ترتیب می‌دهد و در درخواست‌ها کمک می‌کند. پیش از بستری تماس بگیرید.
ill-social-reason-maybe = اگر باید به بیمارستان بروید: فوراً سراغ { -sozialdienst } را بگیرید. در کمک خانگی و درخواست‌ها کمک می‌کند.
ill-pay-reason = { -entgeltfortzahlung(form: "long") }: کارفرما { $sick_pay_weeks } هفته حقوق می‌دهد. سپس { -krankenkasse } { -krankengeld(form: "long") } می‌پردازد: { $krankengeld_gross } % از ناخالص، حداکثر { $krankengeld_net } % از خالص، تا { $krankengeld_weeks } هفته در { $krankengeld_years } سال.

ill-todo-hh-planned = { -krankenkasse }: پیش از بستری { -haushaltshilfe } را درخواست کنید – گواهی پزشک؛ نام کمک‌کننده اگر همسایه یا دوستی کمک می‌کند.
ill-todo-social = بیمارستان: پیش از بستری با { -sozialdienst } تماس بگیرید – کمک در خانه و درخواست‌ها را روشن کنید.
ill-todo-social-maybe = اگر باید به بیمارستان بروید: فوراً سراغ { -sozialdienst } را بگیرید.
ill-todo-pay = کارفرما: گواهی بیماری را تحویل دهید. بعد از { $sick_pay_weeks } هفته { -krankenkasse } { -krankengeld } می‌پردازد.

## کودک بیمار

kid-age = 🤒 فرزند بیمارتان چند سال دارد؟
kid-opt-under-12 = زیر { $kkg_age }
kid-opt-hospital = زیر { $kkg_hospital_age }، در بیمارستان
kid-opt-from-12 = { $kkg_age } یا بیشتر

kid-result =
    🤒 اگر به خاطر بیماری فرزندتان نمی‌توانید کار کنید:

kid-benefit-kkg = { -kinderkrankengeld(form: "long") }

kid-kkg-reason-age = فقط برای کودکان زیر { $kkg_age } سال.
kid-kkg-reason-job = جای حقوق را می‌گیرد: فقط اگر استخدام هستید.
kid-kkg-reason = والدین تنها: برای هر کودک سالانه { $kkg_days_single } روز کاری، برای همهٔ کودکان حداکثر { $kkg_days_single_max } (طبق { $kkg_days_single_from }). { $kkg_rate } % از خالص از دست رفته. شما و فرزندتان بیمهٔ دولتی دارید؛ گواهی از پزشک کودکان.
kid-kkg-reason-hospital = اگر با فرزند زیر { $kkg_hospital_age } سال در بیمارستان می‌مانید: بدون محدودیت، و از { $kkg_days_single } روز شما کم نمی‌شود. { $kkg_rate } % از خالص از دست رفته.

kid-todo-kkg-hospital = { -krankenkasse }: برای زمان بیمارستان درخواست { -kinderkrankengeld } بدهید – گواهی پزشک را ببرید.
