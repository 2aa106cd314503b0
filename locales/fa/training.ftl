# آموزش حرفه‌ای و کار. عددها از dialogs/figures.toml می‌آیند.

train-title = آموزش حرفه‌ای و کار

train-start =
    🎓 آموزش حرفه‌ای و کار

    اولین جایی که سراغش می‌روید: BCA در Jobcenter (Beauftragte für Chancengleichheit am Arbeitsmarkt – مسئول فرصت‌های برابر در بازار کار). او به‌ویژه برای والدین تنها آنجاست.
    بدون Bürgergeld: Agentur für Arbeit (ادارهٔ کار).

    به چه چیزی علاقه دارید؟

train-opt-german = 🗣️ اول آلمانی یاد بگیرم
train-opt-parttime = 🧰 آموزش حرفه‌ای پاره‌وقت
train-opt-retraining = 🔄 بازآموزی (Umschulung)
train-opt-avgs = 🤝 مربی‌گری برای کار
train-opt-recognition = 📜 مدرک تحصیلی از خارج
train-opt-bsk = 🗣️ آلمانی برای کار
train-opt-licence = 🚗 گواهینامهٔ رانندگی

train-german =
    🗣️ Integrationskurs (دورهٔ ادغام، BAMF)

    • { $ik_hours } ساعت درسی آلمانی و آشنایی با زندگی در آلمان. دوره‌های ویژهٔ والدین یا زنان: { $ik_hours_parents } ساعت، بعضی با نگهداری کودک ({ $ik_care_age_min } تا { $ik_care_age_max } سال).
    • هزینه: { $ik_fee_lesson } برای هر ساعت درسی. با Bürgergeld رایگان.
    • از فوریهٔ 2026 شاید BAMF دیگر شرکت‌کنندگان داوطلب را نپذیرد (هنوز تأیید نشده).

    📍 ثبت‌نام از طریق Jobcenter (با Bürgergeld) یا نزد BAMF (ادارهٔ فدرال مهاجرت). کمک: Migrationsberatung (مشاورهٔ مهاجرت، MBE، از { $mbe_age_min } سالگی) یا Jugendmigrationsdienst (خدمات مهاجرت جوانان، JMD، { $jmd_age_min } تا { $jmd_age_max } سال).

train-bsk =
    🗣️ Berufssprachkurs (آلمانی برای کار)

    برای همه با آلمانی از سطح B1. سطح‌ها: B1 → B2، B2 → C1، C1 → C2.
    رایگان، اگر درآمد مشمول مالیات شما کمتر از { $bsk_income_limit } در سال باشد.

    📍 مجوز شرکت: Jobcenter یا Agentur für Arbeit (ادارهٔ کار). اگر کار می‌کنید: مستقیم نزد BAMF.
    📄 آخرین گواهی زبان شما (مثلاً B1).

train-parttime =
    🧰 Ausbildung in Teilzeit (آموزش حرفه‌ای پاره‌وقت، § 7a BBiG)

    یک آموزش حرفه‌ای معمولی – با ساعت‌های کمتر:
    • تا { $tza_max_cut } درصد زمان کاری کمتر
    • در عوض طولانی‌تر می‌شود (حداکثر یک‌ونیم برابر)
    • محل کار باید موافقت کند
    • حقوق دوران آموزش ممکن است به همان نسبت کمتر باشد

    📍 BCA در Jobcenter یا مشاورهٔ شغلی Agentur für Arbeit (ادارهٔ کار): کمک می‌کنند محل کاری پیدا کنید.
    🧸 نگهداری کودک را زود روشن کنید – Kita یا Ganztag (مدرسهٔ تمام‌روز).

train-retraining =
    🔄 Umschulung (بازآموزی) با Bildungsgutschein (برگهٔ هزینهٔ آموزش)

    یک حرفهٔ تازه با مدرک – پاره‌وقت هم ممکن است.
    Bildungsgutschein را Jobcenter یا Agentur für Arbeit می‌دهند. حق قطعی وجود ندارد (تصمیم با اداره است) – دلیل‌های خوب کمک می‌کنند.

    💶 به‌علاوه:
    • Weiterbildungsgeld (پول دوران آموزش): { $wb_geld } در ماه
    • پاداش: { $wb_bonus_mid } برای امتحان میان‌دوره، { $wb_bonus_final } برای امتحان پایانی
    • نگهداری کودک: { $care_cost_training } برای هر فرزند در ماه

    📍 BCA در Jobcenter یا Agentur für Arbeit.
    📄 رزومه، گواهی‌ها، ایدهٔ شغلی شما.

train-avgs =
    🤝 مربی‌گری با AVGS (Aktivierungs- und Vermittlungsgutschein – برگهٔ مربی‌گری و کاریابی)

    یک مشاور شما را در راه رسیدن به کار همراهی می‌کند: درخواست کار، جستجوی کار، برنامه‌ای برای خانواده و کار.
    • برای شما رایگان.
    • هزینهٔ رفت‌وآمد و نگهداری کودک ممکن است پرداخت شود.

    📍 Jobcenter (BCA) یا Agentur für Arbeit (ادارهٔ کار): دربارهٔ AVGS بپرسید. بعد خودتان یک مؤسسه را انتخاب می‌کنید.

train-recognition =
    📜 به رسمیت شناختن مدرک خارجی

    شما حق دارید درخواست به رسمیت شناختن مدرک بدهید – وضعیت اقامتتان هر چه باشد.
    1. Anerkennungs-Finder (راهنمای یافتن ادارهٔ مسئول): نشان می‌دهد کدام اداره مسئول است – www.anerkennung-in-deutschland.de
    2. IQ-Beratung (مشاورهٔ شبکهٔ IQ): مشاورهٔ رایگان دربارهٔ به رسمیت شناختن مدرک.
    3. هزینه‌ها: Anerkennungszuschuss (کمک‌هزینهٔ به رسمیت شناختن) می‌تواند کمک کند. از Jobcenter یا Agentur هم بپرسید.

    📄 گواهی‌ها، دیپلم‌ها، مدارک سابقهٔ کار.

## قدم‌های بعدی

train-todo-bca = Jobcenter: با BCA (مسئول فرصت‌های برابر) وقت بگیرید. بدون Bürgergeld: Agentur für Arbeit.
train-todo-ik = Integrationskurs: از طریق Jobcenter یا BAMF ثبت‌نام کنید و دوره‌ای با نگهداری کودک بخواهید. کمک: MBE یا JMD.
train-todo-bsk = Berufssprachkurs: مجوز را از Jobcenter، Agentur یا (اگر کار می‌کنید) از BAMF بگیرید.
train-todo-parttime = BCA یا مشاورهٔ شغلی: دربارهٔ آموزش حرفه‌ای پاره‌وقت صحبت کنید – رزومه و گواهی‌ها را همراه ببرید.
train-todo-retraining = BCA در Jobcenter یا Agentur: برای بازآموزی (پاره‌وقت هم ممکن است) Bildungsgutschein درخواست کنید.
train-todo-avgs = Jobcenter یا Agentur: دربارهٔ AVGS برای مربی‌گری بپرسید – هزینهٔ رفت‌وآمد و نگهداری کودک را هم درخواست کنید.
train-todo-recognition = از Anerkennungs-Finder استفاده کنید و با IQ-Beratung تماس بگیرید – گواهی‌ها را آماده کنید.
