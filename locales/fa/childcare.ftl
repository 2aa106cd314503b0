# نگهداری از کودک. عددها و مرزهای سنی از dialogs/figures.toml می‌آیند.

cc-title = نگهداری از کودک

cc-start = 🧸 نگهداری از کودک. به چه چیزی نیاز دارید؟

cc-opt-place = 🧸 { -kita } یا پرستار کودک
cc-opt-ganztag = 🏫 دبستان تمام‌روز
cc-opt-offhours = ⏰ شیفت صبح زود یا عصر
cc-opt-sick = 🤒 بیماری یا وضعیت اضطراری
cc-opt-fees = 💶 بدون هزینهٔ { -kita }
cc-opt-training = 🎓 نگهداری از کودک در دوران آموزش
cc-opt-how = 📝 ثبت‌نام چطور است؟
cc-opt-to-training = 🎓 آموزش حرفه‌ای و کار
cc-opt-elterngeld = 🍼 { -elterngeld }
cc-opt-school-ticket = 🚸 راه مدرسه
cc-opt-sick-child = 🤒 فرزندم بیمار است
cc-opt-sick-parent = 🤕 خودم بیمارم / بیمارستان

## جا در کیتا یا نزد پرستار کودک

cc-place-age = فرزندی که جا لازم دارد چند سال دارد؟
cc-age-under1 = کمتر از { $kita_right_age } سال
cc-age-1-2 = 1 یا 2 سال
cc-age-3-school = 3 سال تا شروع مدرسه
cc-age-school = کودک مدرسه‌ای

cc-place-under1 =
    👶 فرزند شما کمتر از { $kita_right_age } سال دارد.

    برای این سن، حق داشتن جا (در { -kita(form: "long") } یا نزد پرستار کودک، { -kindertagespflege }) فقط وقتی هست که شما
    • کار می‌کنید،
    • دنبال کار هستید،
    • آموزش حرفه‌ای می‌بینید، یا
    • در یک برنامهٔ { -jobcenter } شرکت می‌کنید (مثلاً یک دوره).
    از { $kita_right_age } سالگی، هر کودکی حق دارد جا داشته باشد.

    📍 { -jugendamt(form: "long") } شهرتان. فرزندتان را زود ثبت‌نام کنید.
    📄 مدرک کار، جستجوی کار یا آموزش حرفه‌ای.

cc-place-right =
    ✅ فرزند شما حق دارد جایی برای نگهداری داشته باشد – حتی اگر کار نمی‌کنید.
    این حق از { $kita_right_age } سالگی است: در { -kita(form: "long") } یا نزد { -tagesmutter(form: "long") } – به آلمانی { -kindertagespflege }.

    📍 { -jugendamt(form: "long") } شهرتان. فرزندتان را زود ثبت‌نام کنید.

    💡 در چند { -kita } ثبت‌نام کنید و از { -jugendamt } دربارهٔ پرستار کودک هم بپرسید.

cc-place-how =
    📝 این‌طور جا پیدا می‌کنید:

    1. ثبت‌نام: در سایت شهرتان (اغلب «کیتا‌ناویگاتور»، Kita-Navigator) یا در { -jugendamt(form: "long") }. بهتر است در چند { -kita } ثبت‌نام کنید.
    2. { -tagesmutter(form: "long") }: { -jugendamt } او را معرفی می‌کند.
    3. زود اقدام کنید: در { -nrw(form: "long") } دست‌کم { $kita_notice_months } ماه زودتر.
    4. جایی به شما پیشنهاد نشد؟ به { -jugendamt } این جمله را بنویسید: «Ich beantrage einen Betreuungsplatz für mein Kind ab (Datum).» یعنی: «برای فرزندم از (تاریخ) جای نگهداری درخواست می‌کنم.» یک نسخه از نامه را نگه دارید.

    📄 گواهی تولد، کارت شناسایی. برای کودک زیر { $kita_right_age } سال: مدرک کار، آموزش حرفه‌ای یا جستجوی کار.

## دبستان تمام‌روز

cc-ganztag =
    🏫 { -ganztag(form: "long") } در دبستان

    از { $ganztag_grade_from } حق داشتن جای تمام‌روز { $ganztag_grade ->
        [1] برای کلاس 1
       *[other] برای کلاس‌های 1 تا { $ganztag_grade }
    } وجود دارد. هر سال یک کلاس اضافه می‌شود، تا کلاس 4.
    یعنی: { $ganztag_hours } ساعت در روز، دوشنبه تا جمعه – در تعطیلات مدرسه هم، با حداکثر { $ganztag_closing_days } روز تعطیلی در سال.

    📍 کودک را برای { -ganztag } در دبستان ثبت‌نام کنید – بهتر است همراه با ثبت‌نام مدرسه. در { -nrw(form: "long") } نام آن { -ogs(form: "long") } است. برای پرسش‌ها: مدرسه یا { -jugendamt(form: "long") }.
    💶 هزینه: با { -buergergeld }، { -wohngeld } یا { -kinderzuschlag } اغلب رایگان است.

## شیفت صبح زود و عصر

cc-offhours =
    ⏰ شیفت صبح زود یا عصر

    وقتی کار می‌کنید، { -kita(form: "long") } بسته است؟ اغلب { -kindertagespflege(form: "long") } می‌تواند برای ساعت‌های اول صبح یا آخر روز کمک کند.
    پرستار کودک را { -jugendamt(form: "long") } معرفی می‌کند. هر شهری هزینه‌اش را نمی‌پردازد – باز هم بپرسید.

    📍 { -jugendamt } شهرتان.
    📄 نامهٔ کارفرما با ساعت‌های کاری شما، یا برنامهٔ شیفت شما.

    💡 { -bca(form: "long") } در { -jobcenter } هم به پدران و مادران تنها کمک می‌کند کار و نگهداری از کودک را برنامه‌ریزی کنند.

## بیماری و وضعیت اضطراری

cc-sick = چه کسی بیمار است؟

cc-sick-child =
    🤒 فرزندتان بیمار است و باید در خانه بمانید؟

    { -kinderkrankengeld(form: "long") } از { -krankenkasse(form: "long") }: پدر یا مادر تنها برای هر فرزند در سال { $kkg_days_single } روز کاری دارد. برای همهٔ فرزندان روی هم حداکثر { $kkg_days_single_max } روز (از { $kkg_days_single_from }).

    این‌طور:
    1. پزشک کودک: گواهی بیماری کودک بگیرید (به آلمانی: «Kind krank»).
    2. فوراً به کارفرما خبر بدهید.
    3. گواهی را به { -krankenkasse } خود بدهید.

    📍 { -krankenkasse } شما.

cc-sick-parent =
    🤕 بیمار هستید یا باید به بیمارستان بروید؟

    1. { -haushaltshilfe(form: "long") }: کسی به خانه می‌آید و به کارهای خانه و فرزندان می‌رسد – اگر فرزندی زیر { $haushaltshilfe_age } سال با شما زندگی می‌کند. پزشک باید آن را تجویز کند.
    📍 { -krankenkasse(form: "long") } – با نسخهٔ پزشک.

    2. کافی نیست؟ { -jugendamt(form: "long") } در وضعیت اضطراری برای نگهداری از کودکان زیر { $emergency_care_age } سال کمک می‌کند.
    📍 { -jugendamt } شهرتان.

    🆘 خطر فوری: 110 یا 112.

## نگهداری از کودک در دوران آموزش

cc-training =
    🎓 نگهداری از کودک در دوران آموزش حرفه‌ای یا { -umschulung(form: "long") }

    • هزینه: { -jobcenter } یا { -agentur-fuer-arbeit(form: "long") } برای هر فرزند ماهانه { $care_cost_training } برای نگهداری می‌پردازند.
    • مربی‌گری با { -avgs(form: "long") }: هزینهٔ رفت‌وآمد و نگهداری از کودک ممکن است پرداخت شود.
    • کلاس آلمانی: { -integrationskurs(form: "long") } برای والدین، بعضی با نگهداری از کودک ({ $ik_care_age_min } تا { $ik_care_age_max } سال).
    • جا در کیتا: کسی که آموزش حرفه‌ای می‌بیند، برای کودک زیر { $kita_right_age } سال هم حق داشتن جا را دارد.

    📍 { -bca(form: "long") } در { -jobcenter } یا { -agentur-fuer-arbeit } – پیش از شروع بپرسید.

## قدم‌های بعدی

cc-todo-register = { -jugendamt } یا سایت کیتای شهر: فرزند را برای { -kita } یا پرستار کودک ثبت‌نام کنید – در { -nrw } { $kita_notice_months } ماه زودتر.
cc-todo-register-under1 = برای کودک زیر { $kita_right_age } سال: مدرک کار، آموزش حرفه‌ای یا جستجوی کار را همراه ببرید.
cc-todo-ganztag = دبستان: کودک را برای جای تمام‌روز، یعنی { -ogs }، ثبت‌نام کنید – بهتر است همراه با ثبت‌نام مدرسه.
cc-todo-offhours = { -jugendamt }: برای شیفت صبح زود یا عصر، { -kindertagespflege } درخواست کنید – برنامهٔ شیفت یا نامهٔ کارفرما را همراه ببرید.
cc-todo-kkg = فرزند بیمار: از پزشک کودک گواهی بگیرید، به کارفرما خبر بدهید، گواهی را به { -krankenkasse } بدهید.
cc-todo-haushaltshilfe = { -krankenkasse }: { -haushaltshilfe } را درخواست کنید – نسخهٔ پزشک را همراه ببرید.
cc-todo-emergency-care = اگر { -haushaltshilfe } کافی نیست: از { -jugendamt } برای نگهداری از کودک کمک بخواهید.
cc-todo-training-care = { -jobcenter } یا { -agentur-fuer-arbeit }: هزینهٔ نگهداری از کودک در دوران آموزش حرفه‌ای یا { -umschulung } را درخواست کنید – پیش از شروع.

cc-opt-change-age = ✏️ سن فرزند: { $child_age ->
        [0] زیر 1 سال
       *[other] { $child_age }
    } – تغییر
## قواعد هر ایالت (land: NW، BE، NI)

cc-place-how-be =
    📝 چطور در برلین جا بگیرید:

    1. { -kita-gutschein } را از { -jugendamt } درخواست کنید: { $be_kita_apply_months_max } تا { $be_kita_apply_months_min } ماه پیش از شروع. آنلاین هم می‌شود.
    2. با این برگه فرزندتان را در یک { -kita } ثبت‌نام کنید. از چند جا بپرسید.
    3. از { $kita_right_age } سالگی: تا { $be_kita_hours } ساعت در روز بدون مدرک. برای ساعت‌های بیشتر مدرک لازم است، مثلاً از کارفرما.

    📄 شناسنامه یا گواهی تولد، کارت شناسایی، گواهی ثبت محل سکونت (Meldebescheinigung).

cc-place-how-ni =
    📝 چطور در شهرستان کلوپنبورگ جا بگیرید:

    1. { -kita }ها متعلق به بخش شما (Gemeinde) هستند. فرزندتان را آنلاین در درگاه «Little Bird» ثبت‌نام کنید.
    2. ⏰ تا 31 ژانویه – برای جا از 1 اوت. می‌توانید تا 3 انتخاب بنویسید.
    3. جا نگرفتید؟ حق داشتن جا در برابر شهرستان (Landkreis) است. به { -jugendamt } در ساختمان شهرستان نامه بنویسید.

    📄 گواهی تولد، کارت شناسایی.

cc-ganztag-be =
    🏫 نگهداری تمام‌روز در دبستان در برلین

    همهٔ دبستان‌ها تمام‌روز هستند. نگهداری پیش و پس از کلاس eFöB نام دارد ({ -hort }).
    • کلاس 1 تا { $be_efoeb_free_grade }: رایگان، بدون مدرک، از 7:30 تا 16.
    • از کلاس 4 دوباره درخواست می‌دهید.
    • ناهار: تا کلاس { $be_lunch_free_grade } رایگان.

    📍 { -jugendamt }: دست‌کم { $be_efoeb_notice_months } ماه زودتر درخواست دهید – بهتر است همراه با ثبت‌نام مدرسه.

cc-ganztag-ni =
    🏫 نگهداری تمام‌روز در دبستان در نیدرزاکسن

    از { $ni_ganztag_grade_from } حق جا در مدرسهٔ تمام‌روز (Ganztagsschule) وجود دارد – اول برای کلاس 1، هر سال یک کلاس بیشتر.
    یعنی { $ganztag_hours } ساعت در روز، از دوشنبه تا جمعه. در تعطیلات حداکثر { $ni_ganztag_closed_weeks } هفته تعطیل است.
    «دبستان مطمئن» (Verlässliche Grundschule) دست‌کم { $ni_vgs_hours } ساعت در روز از کودکان نگهداری می‌کند.
    💶 مدرسهٔ تمام‌روز معمولاً رایگان است. ناهار جداگانه هزینه دارد. { -hort } ممکن است هزینه بگیرد.

    📍 هنگام ثبت‌نام مدرسه دربارهٔ نگهداری تمام‌روز بپرسید.

cc-todo-register-be = { -jugendamt }: { -kita-gutschein } را درخواست کنید – { $be_kita_apply_months_max } تا { $be_kita_apply_months_min } ماه پیش از شروع.
cc-todo-register-ni = بخش: فرزندتان را از طریق «Little Bird» برای { -kita } یا مهدِ زیر سه سال (Krippe) ثبت‌نام کنید – تا 31 ژانویه.
cc-todo-ganztag-be = { -jugendamt }: برای eFöB ({ -hort }) درخواست دهید – دست‌کم { $be_efoeb_notice_months } ماه زودتر، همراه با ثبت‌نام مدرسه.
cc-todo-ganztag-ni = دبستان: هنگام ثبت‌نام دربارهٔ جا در مدرسهٔ تمام‌روز بپرسید.

cc-opt-fee-waiver = 💶 بدون هزینه با کمک‌هزینه‌ها

cc-fees-nw =
    🧸 هزینهٔ { -kita } در { -nrw(form: "long") }

    { $nw_kita_free_years } سال آخر { -kita } پیش از مدرسه رایگان است. آیا فرزندتان تا 30 سپتامبر 4 ساله می‌شود؟ پس از اوت تا مدرسه چیزی نمی‌پردازید.
    برای کودکان کوچک‌تر هزینه به درآمد شما بستگی دارد. شهر آن را تعیین می‌کند.
    با { -buergergeld }، { -sozialhilfe }، { -kinderzuschlag } یا { -wohngeld } هزینه‌ای نمی‌پردازید.

cc-fees-be =
    🧸 هزینهٔ { -kita } در برلین

    در برلین { -kita } برای همهٔ کودکان رایگان است.
    فقط سهمی برای ناهار می‌پردازید. { -bildung-und-teilhabe } می‌تواند آن را هم بپردازد.

cc-fees-ni =
    🧸 هزینهٔ { -kita } در نیدرزاکسن

    کودکستان رایگان است: از ماهی که فرزندتان { $ni_kita_free_age } ساله می‌شود تا مدرسه، تا { $ni_kita_free_hours } ساعت در روز، 5 روز در هفته.
    مهد زیر سه سال (Krippe، زیر { $ni_kita_free_age } سال) و { -hort } هزینه دارند. هزینه به درآمد شما بستگی دارد. { -jugendamt } می‌تواند آن را بپردازد.
    غذا جداگانه هزینه دارد.
