### Ağ koordinatörleri için metinler: yalnızca yönetici sohbetlerinde çalışan komutlar
### (/reload, /status, /stats, /needs). Ebeveynler bu metinleri hiç görmez.

admin-reload-loaded = ✅ Dosyaların yeni sürümü etkin (sürüm { $version }). Devam eden sohbetler sürüyor.
admin-reload-unchanged = ✅ Dosyalar değişmedi. Sürüm { $version } etkin kalıyor.
admin-reload-refused = ⛔ Değiştirilen dosyalarda { $count ->
    [one] bir hata
   *[other] { $count } hata
} var. Hatasız son sürüm etkin kalıyor. Lütfen düzeltin:
admin-reload-unavailable = Bu bot sabit dosyalarla çalışıyor ve yeniden yükleyemez.
admin-more-lines = … ve { $count } tane daha. Hepsini görmek için: wegweiser check
admin-status = Etkin sürüm: { $version } (metinler: { $texts }), yüklenme zamanı { $loaded }.
admin-status-last-none = Başlangıçtan beri yeniden yükleme yapılmadı.
admin-status-reloading = ⏳ Dosyalar şu anda yeniden yükleniyor ({ $when } itibarıyla).
admin-reload-lines = Kontrolün mesajları (teknik, İngilizce):
admin-status-last-loaded = Son yeniden yükleme ({ $when }): başarılı, sürüm { $version }.
admin-status-last-refused = Son yeniden yükleme ({ $when }): reddedildi, { $count ->
    [one] bir hata
   *[other] { $count } hata
}:
admin-stats-heading = 📊 Kullanım (anonim sayım; aylar: { $months }). Toplam adım: { $total }
admin-stats-visits = En çok ziyaret edilen adımlar:
admin-stats-resting = Sohbetlerin bittiği yer (son adım):
admin-stats-restarts = Şu adımdan yeniden başlandı:
admin-stats-forgets = Şu adımda silindi (/forget):
admin-stats-none = (henüz yok)
admin-stats-off = Bu bot hiçbir şey saymıyor.
admin-needs-heading = 🔎 Arandı ama teklif bulunamadı (sayı × konular · semt · dil):
admin-needs-line = { $count } × { $topics } · { $district } · { $language } ({ $month })
admin-needs-none = Şimdiye kadar her arama en az bir teklif buldu.
admin-district-unknown = semt bilinmiyor
admin-needs-outside = ağların dışında (posta kodu { $area }…)
admin-scope = Ağ: { $networks }
