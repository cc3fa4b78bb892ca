Dzień dobry, tu ${controller.companyName?remove_ending(".")}.
Dane podane w trakcie rozmowy przetwarzamy w celu obsługi Pani/Pana sprawy; żądania dotyczące danych osobowych rozpatrujemy, ponieważ zobowiązuje nas do tego RODO.
Ma Pani/Pan prawo dostępu do swoich danych, ich sprostowania lub usunięcia oraz inne prawa, w tym prawo wniesienia skargi do organu nadzorczego – ${controller.supervisoryAuthority.name}.
Pytania dotyczące ochrony danych prosimy kierować na adres ${controller.dataProtectionContact}.
Pełne informacje znajdują się w polityce prywatności na stronie ${controller.privacyPolicyUrl}.
