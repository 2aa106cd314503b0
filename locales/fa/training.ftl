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

train-german =
    🗣️ { -integrationskurs(form: "long") }

    • { $ik_hours } ساعت درس آلمانی و آشنایی با زندگی در آلمان. دوره‌های ویژهٔ والدین یا زنان: { $ik_hours_parents } ساعت، بعضی با نگهداری از کودک ({ $ik_care_age_min } تا { $ik_care_age_max } سال).
    • هزینه: { $ik_fee_lesson } برای هر ساعت درس. با { -buergergeld } رایگان است.
    • از فوریهٔ 2026 شاید { -bamf(form: "long") } دیگر کسانی را که داوطلبانه می‌خواهند شرکت کنند نپذیرد (هنوز تأیید نشده).

    📍 ثبت‌نام: اگر { -buergergeld } می‌گیرید، از راه { -jobcenter }؛ وگرنه نزد { -bamf }. کمک: { -mbe(form: "long") }، از { $mbe_age_min } سالگی، یا { -jmd(form: "long") }، از { $jmd_age_min } تا { $jmd_age_max } سالگی.

train-bsk =
    🗣️ { -berufssprachkurs(form: "long") }

    برای همه، اگر آلمانی شما دست‌کم در سطح B1 است. سطح‌ها: از B1 به B2، از B2 به C1، از C1 به C2.
    رایگان است، اگر درآمد مشمول مالیات شما کمتر از { $bsk_income_limit } در سال باشد.

    📍 اجازهٔ شرکت: { -jobcenter } یا { -agentur-fuer-arbeit(form: "long") }. اگر کار می‌کنید: مستقیم نزد { -bamf(form: "long") }.
    📄 آخرین گواهی زبان شما (مثلاً B1).

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

train-recognition =
    📜 به رسمیت شناختن مدرک خارجی

    شما حق دارید درخواست به رسمیت شناختن مدرک خود را بدهید – وضعیت اقامتتان هر چه باشد.
    1. { -anerkennungs-finder(form: "long") }: www.anerkennung-in-deutschland.de
    2. { -iq-netzwerk(form: "long") }.
    3. هزینه: کمک‌هزینهٔ به رسمیت شناختن مدرک (Anerkennungszuschuss) می‌تواند کمک کند. از { -jobcenter } یا { -agentur-fuer-arbeit } هم بپرسید.

    📄 گواهی‌ها، دیپلم‌ها، مدارک سابقهٔ کار.

## قدم‌های بعدی

train-todo-bca = { -jobcenter }: با { -bca(form: "long") } وقت بگیرید. اگر { -buergergeld } نمی‌گیرید: { -agentur-fuer-arbeit }.
train-todo-ik = { -integrationskurs }: از راه { -jobcenter } یا { -bamf } ثبت‌نام کنید و دوره‌ای با نگهداری از کودک بخواهید. کمک: { -mbe } یا { -jmd }.
train-todo-bsk = { -berufssprachkurs }: اجازهٔ شرکت را از { -jobcenter }، { -agentur-fuer-arbeit } یا – اگر کار می‌کنید – از { -bamf } بگیرید.
train-todo-parttime = { -bca } یا مشاورهٔ شغلی: دربارهٔ { -teilzeitausbildung } صحبت کنید – رزومه و گواهی‌ها را همراه ببرید.
train-todo-retraining = { -bca } در { -jobcenter } یا { -agentur-fuer-arbeit }: برای { -umschulung } { -bildungsgutschein } درخواست کنید – پاره‌وقت هم ممکن است.
train-todo-avgs = { -jobcenter } یا { -agentur-fuer-arbeit }: برای مربی‌گری یک { -avgs } بخواهید – هزینهٔ رفت‌وآمد و نگهداری از کودک را هم درخواست کنید.
train-todo-recognition = از { -anerkennungs-finder } استفاده کنید و با { -iq-netzwerk } تماس بگیرید – گواهی‌ها را آماده کنید.

train-opt-need-care = 🧸 با این حال به نگهداری از کودک نیاز دارید؟
train-todo-agentur = { -agentur-fuer-arbeit }: برای مشاورهٔ شغلی وقت بگیرید – رایگان، حتی اگر کار می‌کنید.
