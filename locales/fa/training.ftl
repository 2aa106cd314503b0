# آموزش حرفه‌ای و کار. عددها از dialogs/figures.toml می‌آیند.

train-title = آموزش حرفه‌ای و کار

train-start =
    🎓 آموزش حرفه‌ای و کار

    اولین جایی که سراغش می‌روید: { -bca(form: "long") } در { -jobcenter(form: "long") }. او مخصوصاً برای پدران و مادران تنها آنجاست.
    اگر { -buergergeld(form: "long") } نمی‌گیرید: { -agentur-fuer-arbeit(form: "long") }.

    به چه چیزی علاقه دارید؟

train-opt-german = 🗣️ اول آلمانی یاد بگیرم
train-opt-parttime = 🧰 آموزش حرفه‌ای پاره‌وقت
train-opt-retraining = 🔄 { -umschulung }
train-opt-avgs = 🤝 مربی‌گری برای کار
train-opt-recognition = 📜 مدرک تحصیلی از خارج
train-opt-bsk = 🗣️ آلمانی برای کار
train-opt-licence = 🚗 گواهینامهٔ رانندگی

train-parttime =
    🧰 { -teilzeitausbildung(form: "long") }، طبق § 7a قانون آموزش حرفه‌ای (BBiG)

    یک آموزش حرفه‌ای معمولی – با ساعت‌های کمتر:
    • تا { $tza_max_cut } درصد وقت کاری کمتر
    • در عوض طولانی‌تر می‌شود (حداکثر یک‌ونیم برابر)
    • محل کار باید موافقت کند
    • حقوق دوران آموزش ممکن است متناسب با ساعت‌ها کمتر باشد

    📍 { -bca(form: "long") } در { -jobcenter } یا مشاورهٔ شغلی در { -agentur-fuer-arbeit(form: "long") }: کمک می‌کنند محل کاری پیدا کنید.
    🧸 نگهداری از کودک را زود روشن کنید – { -kita(form: "long") } یا { -ganztag(form: "long") }.

train-retraining =
    🔄 { -umschulung(form: "long") } با { -bildungsgutschein(form: "long") }

    یک حرفهٔ تازه با مدرک – پاره‌وقت هم ممکن است.
    { -bildungsgutschein } را { -jobcenter } یا { -agentur-fuer-arbeit(form: "long") } می‌دهند. حق قطعی وجود ندارد، تصمیم با اداره است – دلیل‌های خوب کمک می‌کنند.

    💶 به‌علاوه:
    • پول دوران آموزش (Weiterbildungsgeld): { $wb_geld } در ماه
    • پاداش: { $wb_bonus_mid } برای امتحان میان‌دوره، { $wb_bonus_final } برای امتحان پایانی
    • نگهداری از کودک: { $care_cost_training } برای هر فرزند در ماه

    📍 { -bca(form: "long") } در { -jobcenter } یا { -agentur-fuer-arbeit }.
    📄 رزومه، گواهی‌ها و مدرک‌ها، ایدهٔ شغلی شما.

train-avgs =
    🤝 مربی‌گری با { -avgs(form: "long") }

    یک مشاور در راه رسیدن به کار همراه شماست: نوشتن و فرستادن درخواست کار، پیدا کردن کار، برنامه‌ای برای خانواده و کار.
    • برای شما رایگان است.
    • هزینهٔ رفت‌وآمد و نگهداری از کودک ممکن است پرداخت شود.

    📍 از { -bca(form: "long") } در { -jobcenter } یا از { -agentur-fuer-arbeit(form: "long") } یک { -avgs } بخواهید. بعد خودتان یک مؤسسهٔ مربی‌گری را انتخاب می‌کنید.

## قدم‌های بعدی

train-todo-bca = { -jobcenter }: با { -bca(form: "long") } وقت بگیرید. اگر { -buergergeld } نمی‌گیرید: { -agentur-fuer-arbeit }.
train-todo-bsk = { -berufssprachkurs }: اجازهٔ شرکت را از { -jobcenter }، { -agentur-fuer-arbeit } یا – اگر کار می‌کنید – از { -bamf } بگیرید.
train-todo-parttime = { -bca } یا مشاورهٔ شغلی: دربارهٔ { -teilzeitausbildung } صحبت کنید – رزومه و گواهی‌ها را همراه ببرید.
train-todo-retraining = { -bca } در { -jobcenter } یا { -agentur-fuer-arbeit }: برای { -umschulung } { -bildungsgutschein } درخواست کنید – پاره‌وقت هم ممکن است.
train-todo-avgs = { -jobcenter } یا { -agentur-fuer-arbeit }: برای مربی‌گری یک { -avgs } بخواهید – هزینهٔ رفت‌وآمد و نگهداری از کودک را هم درخواست کنید.
train-opt-need-care = 🧸 با این حال به نگهداری از کودک نیاز دارید؟
train-todo-agentur = { -agentur-fuer-arbeit }: برای مشاورهٔ شغلی وقت بگیرید – رایگان، حتی اگر کار می‌کنید.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    برای همه، اگر آلمانی شما دست‌کم در سطح B1 است. سطح‌ها: از B1 به B2، از B2 به C1، از C1 به C2، هر کدام { $bsk_hours_min } تا { $bsk_hours_max } جلسه.
    رایگان است، اگر درآمد مشمول مالیات شما کمتر از { $bsk_income_limit } در سال باشد. وگرنه { $bsk_fee_lesson } برای هر جلسه.

    📍 اجازهٔ شرکت: { -jobcenter } یا { -agentur-fuer-arbeit(form: "long") }. اگر کار می‌کنید: مستقیم نزد { -bamf(form: "long") }.
    📄 آخرین گواهی زبان شما (مثلاً B1).

train-todo-recognition = { -iq-netzwerk }: مشاورهٔ رایگان دربارهٔ به‌رسمیت‌شناختن – با هر وضعیت اقامتی. مدرک‌هایتان را همراه ببرید.

## یادگیری آلمانی: خواندن و نوشتن، دوره، گرفتن جا در زمان توقف پذیرش

train-german-read =
    🗣️ یادگیری آلمانی

    اینکه کدام دوره مناسب است به این بستگی دارد: آیا می‌توانید بخوانید و بنویسید؟

train-read-latin = ✍️ بله، با حروف لاتین
train-read-other = 🔤 بله، ولی با خط دیگری
train-read-none = 🤔 نه، یا خیلی کم
train-opt-change-read = ✏️ تغییر پاسخ دربارهٔ خواندن

train-german-level = 🗣️ آلمانی شما الان چقدر خوب است؟
train-level-below = کم یا هنوز هیچ
train-level-b1 = B1 یا بهتر
train-opt-change-level = ✏️ تغییر پاسخ دربارهٔ آلمانی

train-alpha =
    ✍️ { -integrationskurs } با سوادآموزی (Alphabetisierungskurs)

    خواندن و نوشتن با خط لاتین – و زبان آلمانی را یاد می‌گیرید. این دوره برای کسانی هم هست که با خط دیگری، مثلاً فارسی یا سیریلیک، می‌نویسند.
    • { $ik_hours_parents } جلسه، و تا { $ik_alpha_repeat } جلسهٔ تکرار (روی هم { $ik_alpha_max }).
    • دوره‌هایی برای والدین یا زنان هست، اغلب پاره‌وقت و هماهنگ با ساعت مهدکودک و مدرسه.{ $small ->
        [0] {""}
       *[other] {" "}اگر فرزندتان جای مهدکودک ندارد، { -bamf } شاید هزینهٔ نگهداری کودک در زمان دوره را بپردازد (برای امسال هنوز قطعی نیست).
    }
    • هزینه: { $ik_fee_lesson } برای هر جلسه. با { -buergergeld } رایگان است، اگر پیش از دوره درخواست کنید. اگر در امتحان قبول شوید، { $ik_refund_percent } درصد هزینه را پس می‌گیرید.

    ➡️ بعدی: الان چه کسی جا می‌گیرد؟

train-ik =
    🗣️ { -integrationskurs(form: "long") }

    آلمانی و آشنایی با زندگی در آلمان: { $ik_hours } جلسه.
    • دوره برای والدین یا زنان: { $ik_hours_parents } جلسه، اغلب پاره‌وقت و هماهنگ با ساعت مهدکودک و مدرسه.{ $small ->
        [0] {""}
       *[other] {" "}اگر فرزندتان جای مهدکودک ندارد، { -bamf } شاید هزینهٔ نگهداری کودک در زمان دوره را بپردازد (برای امسال هنوز قطعی نیست).
    }
    • هزینه: { $ik_fee_lesson } برای هر جلسه. با { -buergergeld } رایگان است، اگر پیش از دوره درخواست کنید. اگر در امتحان قبول شوید، { $ik_refund_percent } درصد هزینه را پس می‌گیرید.

    ➡️ بعدی: الان چه کسی جا می‌گیرد؟

train-ik-ask-bg =
    آیا از { -jobcenter } { -buergergeld(form: "long") } می‌گیرید؟
    اینکه الان چطور در دوره جا بگیرید به این بستگی دارد.

train-ik-ask-res =
    وضعیت اقامت شما چیست؟
    اینکه الان در دوره جا بگیرید یا نه به این بستگی دارد.

train-opt-change-bg = ✏️ { -buergergeld } می‌گیرم

train-ik-place =
    { $w ->
        [1]
        ✅ با { -buergergeld }: از { -jobcenter } بپرسید

        تا { $ik_stop_end_from }، { -bamf(form: "long") } کسی را که داوطلبانه می‌خواهد شرکت کند نمی‌پذیرد (§ 44 Abs. 4 AufenthG). ولی کسی که { -jobcenter } او را به دوره موظف کند جا می‌گیرد (§ 44a AufenthG).

        • از { -jobcenter } بخواهید شما را به دوره موظف کند (Verpflichtung zum Integrationskurs) – اگر لازم است با سوادآموزی.
        • با { -buergergeld } دوره رایگان است، اگر پیش از آن درخواست کنید.
        • دربارهٔ دورهٔ پاره‌وقت والدین بپرسید.

        کمک: { -mbe(form: "long") } یا { -jmd(form: "long") }.
        [2]
        🪪 با { -aufenthaltstitel(form: "long") }: آیا حق شرکت در دوره را دارید؟

        تا { $ik_stop_end_from }، { -bamf(form: "long") } کسی را داوطلبانه نمی‌پذیرد (§ 44 Abs. 4 AufenthG). ولی کسی که حق شرکت دارد (§ 44 Abs. 1 AufenthG) یا موظف شده است (§ 44a AufenthG) جا می‌گیرد.

        • از { -auslaenderbehoerde(form: "long") } بپرسید: آیا حق { -integrationskurs } را دارم؟ یا می‌توانید مرا موظف کنید؟
        • با این نامه نزد یک برگزارکنندهٔ دوره (Kursträger) ثبت‌نام کنید، مثلاً { -vhs(form: "long") }.

        کمک: { -mbe(form: "long") } یا { -jmd(form: "long") }.
       *[other]
        ⛔ تا { $ik_stop_end_from }: جای داوطلبانه نیست

        از بخشنامهٔ { $ik_stop_circular_from }، { -bamf(form: "long") } دیگر کسی را داوطلبانه در { -integrationskurs } نمی‌پذیرد (§ 44 Abs. 4 AufenthG). این شامل پناه‌جویان، دارندگان { -duldung }، آمدگان از اوکراین با حمایت § 24 و شهروندان اتحادیهٔ اروپا می‌شود.

        کسی که حق شرکت دارد (§ 44 Abs. 1 AufenthG) یا موظف شده است (§ 44a AufenthG) همچنان جا می‌گیرد.

        چه می‌توانید بکنید:
        1. { -auslaenderbehoerde(form: "long") }: بپرسید آیا می‌تواند شما را به دوره موظف کند (Verpflichtung zum Integrationskurs).
        2. اگر { -buergergeld } می‌گیرید: از { -jobcenter } درخواست الزام کنید.
        3. مشاوره: { -mbe(form: "long") } یا { -jmd(form: "long") }.
    }

train-todo-ik-bg = { -jobcenter }: درخواست الزام به { -integrationskurs } (اگر لازم است با سوادآموزی؛ بهتر دورهٔ پاره‌وقت والدین) – درخواست معافیت از هزینه را پیش از دوره بدهید.
train-todo-ik-stop = { -auslaenderbehoerde }: بپرسید آیا می‌تواند شما را به { -integrationskurs } موظف کند – تا { $ik_stop_end_from } جای داوطلبانه نیست.
train-todo-ik-permit = { -auslaenderbehoerde }: بپرسید آیا حق { -integrationskurs } را دارید، بعد نزد یک برگزارکنندهٔ دوره (Kursträger) ثبت‌نام کنید.
