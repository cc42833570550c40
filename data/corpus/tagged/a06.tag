Oil/NN jumps/VBZ 4/CD %/NN after/IN attack/NN on/IN Saudi/JJ facilities/NNS
Stocks/NNS slide/VBP as/IN tariff/NN fears/NNS return/VBP
Dollar/NN hits/VBZ two-year/JJ high/NN against/IN yen/NN
Fed/NNP holds/VBZ rates/NNS steady/JJ ,/, signals/VBZ two/CD cuts/NNS this/DT year/NN
ECB/NNP cuts/VBZ rates/NNS for/IN fourth/JJ time/NN
Gold/NN tops/VBZ $/$ 3,000/CD an/DT ounce/NN for/IN first/JJ time/NN
UK/NNP inflation/NN falls/VBZ to/TO 2.3/CD %/NN
China/NNP 's/POS exports/NNS beat/VBD forecasts/NNS despite/IN U.S./NNP tariffs/NNS
Nvidia/NNP becomes/VBZ first/JJ $/$ 4/CD trillion/CD company/NN
Tesla/NNP profits/NNS slump/VBP as/IN sales/NNS fall/VBP in/IN Europe/NNP
Boeing/NNP strike/NN ends/VBZ after/IN workers/NNS accept/VBP new/JJ offer/NN
Airline/NN strikes/NNS disrupt/VBP travel/NN across/IN Europe/NNP
Heatwave/NN grips/VBZ southern/JJ Europe/NNP as/IN temperatures/NNS top/VBP 40C/CD
Wildfires/NNS force/VBP thousands/NNS to/TO flee/VB in/IN Los/NNP Angeles/NNP
Storm/NN leaves/VBZ 300,000/CD homes/NNS without/IN power/NN
Earthquake/NN kills/VBZ more/JJR than/IN 1,000/CD in/IN Myanmar/NNP
Floods/NNS kill/VBP 200/CD in/IN Spain/NNP 's/POS Valencia/NNP region/NN
Real/NNP Madrid/NNP beat/VBD Dortmund/NNP to/TO win/VB 15th/JJ European/JJ Cup/NNP
Argentina/NNP wins/VBZ World/NNP Cup/NNP on/IN penalties/NNS
Djokovic/NNP claims/VBZ record/JJ 24th/JJ Grand/NNP Slam/NNP title/NN
Sinner/NNP beats/VBZ Alcaraz/NNP to/TO win/VB first/JJ Wimbledon/NNP title/NN
Olympic/JJ flame/NN arrives/VBZ in/IN Marseille/NNP
Ukraine/NNP 's/POS Olympians/NNPS train/VBP under/IN air/NN raid/NN sirens/NNS
UN/NNP Report/NNP Warns/VBZ of/IN Famine/NN in/IN Five/CD Countries/NNS
Russia/NNP Fires/VBZ Hypersonic/JJ Missile/NN at/IN Ukrainian/JJ City/NN
Trump/NNP Threatens/VBZ New/JJ Tariffs/NNS on/IN European/JJ Goods/NNS
Biden/NNP Pardons/VBZ Son/NN Hunter/NNP
Former/JJ Philippine/JJ President/NNP Duterte/NNP Arrested/VBN on/IN ICC/NNP Warrant/NN
Duterte/NNP flown/VBN to/TO The/NNP Hague/NNP to/TO face/VB charges/NNS
Thousands/NNS protest/VBP in/IN Manila/NNP over/IN flood-control/NN scandal/NN
Indonesia/NNP 's/POS Prabowo/NNP scraps/VBZ lawmakers/NNS '/POS perks/NNS after/IN riots/NNS
Serbian/JJ students/NNS march/VBP to/TO Novi/NNP Sad/NNP to/TO mark/VB anniversary/NN of/IN disaster/NN
Slovak/JJ PM/NNP Fico/NNP shot/VBN ,/, in/IN life-threatening/JJ condition/NN
Gunman/NN opens/VBZ fire/NN at/IN Prague/NNP university/NN ,/, killing/VBG 14/CD
Man/NN arrested/VBN after/IN car/NN drives/VBZ into/IN crowd/NN in/IN Liverpool/NNP
Two/CD dead/JJ in/IN Manchester/NNP synagogue/NN attack/NN
Suspect/NN in/IN killing/NN of/IN conservative/JJ activist/NN charged/VBN with/IN murder/NN
Who/WP killed/VBD the/DT Haitian/JJ president/NN ?/.
Inside/IN the/DT battle/NN for/IN Pokrovsk/NNP
The/DT long/JJ road/NN home/NN :/: Syrians/NNPS return/VBP from/IN Lebanon/NNP
Opinion/NN :/: Europe/NNP must/MD stop/VB waiting/VBG for/IN Washington/NNP
In/IN pictures/NNS :/: Floods/NNS devastate/VBP Pakistan/NNP 's/POS Punjab/NNP
Watch/VB :/: Moment/NN drone/NN hits/VBZ apartment/NN block/NN in/IN Kyiv/NNP
Breaking/VBG :/: Explosions/NNS reported/VBN in/IN Kyiv/NNP
EXCLUSIVE/JJ :/: Iran/NNP supplies/VBZ missiles/NNS to/TO Russia/NNP ,/, sources/NNS say/VBP
Russia/NNP denies/VBZ it/PRP plans/VBZ attack/NN on/IN NATO/NNP
NATO/NNP chief/NN warns/VBZ Russia/NNP could/MD attack/VB alliance/NN within/IN five/CD years/NNS
Rutte/NNP calls/VBZ on/IN allies/NNS to/TO ramp/VB up/RP arms/NNS production/NN
Kremlin/NNP calls/VBZ Rutte/NNP 's/POS remarks/NNS "/" hysterical/JJ "/"
UK/NNP to/TO send/VB more/JJR troops/NNS to/TO Estonia/NNP
Starmer/NNP backs/VBZ plan/NN for/IN European/JJ peacekeepers/NNS in/IN Ukraine/NNP
Backs/NNS to/TO the/DT wall/NN :/: Ukraine/NNP 's/POS exhausted/VBN infantry/NN
Iran/NNP rules/VBZ out/RP direct/JJ talks/NNS with/IN U.S./NNP
Supreme/NNP leader/NN says/VBZ talks/NNS with/IN U.S./NNP "/" not/RB smart/JJ "/"
EU/NNP sanctions/VBZ Russian/JJ shadow/NN fleet/NN tankers/NNS
Sanctions/NNS on/IN Syria/NNP lifted/VBN ,/, Trump/NNP says/VBZ
Sudan/NNP 's/POS RSF/NNP backs/VBZ parallel/JJ government/NN
Aid/NN groups/NNS warn/VBP of/IN catastrophe/NN as/IN funding/NN dries/VBZ up/RP
U.S./NNP to/TO halt/VB aid/NN to/TO South/NNP Africa/NNP
Israel/NNP charges/VBZ two/CD reservists/NNS with/IN spying/VBG for/IN Iran/NNP
Charges/NNS dropped/VBN against/IN protesters/NNS in/IN Atlanta/NNP
General/NNP orders/VBZ troops/NNS back/RB to/TO barracks/NNS
Evacuation/NN orders/NNS lifted/VBN as/IN fire/NN is/VBZ contained/VBN
Firefighters/NNS battle/VBP blaze/NN at/IN Athens/NNP suburb/NN
Army/NN fires/VBZ on/IN crowd/NN ,/, killing/VBG six/CD
Shell/NN hits/VBZ school/NN in/IN Kharkiv/NNP ,/, no/DT casualties/NNS
Shell/NNP posts/VBZ record/JJ profit/NN
