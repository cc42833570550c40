# Headlines (no final period, bare and present-tense verbs, dropped articles, "X to do", "..., Y says") and news sentences with quotations, nested quotes, colons, dashes, parentheses, datelines and lead-ins.
Turkish/JJ police/NNS detain/VBP 40/CD suspects/NNS in/IN raids/NNS on/IN alleged/VBN Islamic/NNP State/NNP cells/NNS
Ukraine/NNP says/VBZ Russian/JJ missile/NN strike/NN kills/VBZ five/CD in/IN Zaporizhzhia/NNP
Kremlin/NNP dismisses/VBZ Western/JJ reports/NNS of/IN troop/NN build-up/NN near/IN Finnish/JJ border/NN
India/NNP ,/, China/NNP agree/VBP to/TO resume/VB border/NN patrols/NNS in/IN Ladakh/NNP
Israel/NNP to/TO widen/VB evacuation/NN orders/NNS in/IN southern/JJ Lebanon/NNP ,/, army/NN says/VBZ
Australia/NNP expels/VBZ Iranian/JJ ambassador/NN over/IN synagogue/NN arson/NN attack/NN
Algeria/NNP recalls/VBZ envoy/NN to/TO Paris/NNP as/IN row/NN over/IN Western/NNP Sahara/NNP deepens/VBZ
Moroccan/JJ authorities/NNS arrest/VBP 12/CD over/IN migrant/NN smuggling/NN network/NN
Tunisia/NNP jails/VBZ opposition/NN figures/NNS on/IN conspiracy/NN charges/NNS
Libya/NNP 's/POS rival/JJ governments/NNS trade/VBP accusations/NNS after/IN Tripoli/NNP clashes/NNS
U.S./NNP slaps/VBZ new/JJ sanctions/NNS on/IN Russian/JJ oil/NN tankers/NNS
Trump/NNP threatens/VBZ tariffs/NNS on/IN countries/NNS buying/VBG Venezuelan/JJ oil/NN
Netanyahu/NNP vows/VBZ to/TO press/VB on/RP with/IN Rafah/NNP offensive/NN despite/IN U.S./NNP warnings/NNS
Erdogan/NNP slams/VBZ EU/NNP over/IN stalled/VBN membership/NN talks/NNS
Modi/NNP heads/VBZ to/TO Moscow/NNP for/IN first/JJ visit/NN since/IN invasion/NN
Pakistan/NNP army/NN says/VBZ 17/CD militants/NNS killed/VBN in/IN northwest/JJ raid/NN
Egypt/NNP hosts/VBZ fresh/JJ round/NN of/IN Gaza/NNP ceasefire/NN talks/NNS
Sudan/NNP 's/POS army/NN retakes/VBZ presidential/JJ palace/NN in/IN Khartoum/NNP
Ukrainian/JJ drones/NNS hit/VBP oil/NN refinery/NN deep/RB inside/IN Russia/NNP
Russia/NNP claims/VBZ capture/NN of/IN another/DT village/NN near/IN Pokrovsk/NNP
Zelenskiy/NNP calls/VBZ for/IN more/JJR air/NN defence/NN systems/NNS after/IN deadly/JJ strikes/NNS on/IN Kyiv/NNP
Hamas/NNP says/VBZ it/PRP has/VBZ received/VBN new/JJ truce/NN proposal/NN from/IN mediators/NNS
Hezbollah/NNP fires/VBZ rockets/NNS at/IN northern/JJ Israel/NNP after/IN commander/NN killed/VBN
Protesters/NNS clash/VBP with/IN police/NNS in/IN Istanbul/NNP after/IN mayor/NN 's/POS arrest/NN
Thousands/NNS rally/VBP in/IN Tel/NNP Aviv/NNP to/TO demand/VB hostage/NN deal/NN
Australian/JJ PM/NNP backs/VBZ push/NN to/TO ban/VB social/JJ media/NNS for/IN under-16s/NNS
Canberra/NNP monitors/VBZ Chinese/JJ warships/NNS sailing/VBG off/IN east/JJ coast/NN
Fire/NN breaks/VBZ out/RP at/IN Sydney/NNP substation/NN ,/, no/DT injuries/NNS reported/VBN
Flood/NN death/NN toll/NN in/IN Libya/NNP 's/POS Derna/NNP rises/VBZ above/IN 4,000/CD
NATO/NNP allies/NNS pledge/VBP to/TO boost/VB defence/NN spending/NN to/TO 5/CD %/NN of/IN GDP/NNP
Germany/NNP to/TO send/VB two/CD more/JJR Patriot/NNP systems/NNS to/TO Ukraine/NNP
Poland/NNP shuts/VBZ last/JJ Russian/JJ consulate/NN after/IN sabotage/NN claims/NNS
Moldova/NNP accuses/VBZ Moscow/NNP of/IN meddling/VBG in/IN parliamentary/JJ election/NN
Georgia/NNP 's/POS ruling/VBG party/NN claims/VBZ victory/NN as/IN opposition/NN cries/VBZ foul/JJ
Armenia/NNP ,/, Azerbaijan/NNP initial/VBP peace/NN deal/NN at/IN White/NNP House/NNP
Iran/NNP denies/VBZ role/NN in/IN plot/NN to/TO kill/VB Israeli/JJ ambassador/NN
IAEA/NNP chief/NN heads/VBZ to/TO Tehran/NNP amid/IN nuclear/JJ standoff/NN
Houthis/NNPS claim/VBP attack/NN on/IN Greek-owned/JJ tanker/NN in/IN Red/NNP Sea/NNP
U.S./NNP strikes/VBZ Houthi/NNP targets/NNS in/IN Yemen/NNP for/IN second/JJ straight/JJ day/NN
Syria/NNP 's/POS new/JJ leaders/NNS pledge/VBP to/TO protect/VB minorities/NNS
Iraqi/JJ court/NN orders/VBZ release/NN of/IN detained/VBN Kurdish/JJ journalists/NNS
Jordan/NNP foils/VBZ plot/NN to/TO smuggle/VB weapons/NNS from/IN Syria/NNP
Indian/JJ troops/NNS kill/VBP three/CD militants/NNS in/IN Kashmir/NNP gunfight/NN
Bangladesh/NNP interim/JJ leader/NN appeals/VBZ for/IN calm/NN as/IN protests/NNS spread/VBP
Sri/NNP Lanka/NNP votes/VBZ in/IN snap/JJ parliamentary/JJ election/NN
Nepal/NNP lifts/VBZ social/JJ media/NNS ban/NN after/IN deadly/JJ protests/NNS
Kenyan/JJ police/NNS fire/VBP tear/NN gas/NN at/IN tax/NN protesters/NNS in/IN Nairobi/NNP
Nigeria/NNP says/VBZ troops/NNS freed/VBD 30/CD kidnapped/VBN schoolchildren/NNS
Mali/NNP junta/NN dissolves/VBZ all/DT political/JJ parties/NNS
Niger/NNP orders/VBZ French/JJ troops/NNS out/RP by/IN end/NN of/IN year/NN
Ethiopia-Eritrea/NNP tensions/NNS raise/VBP fears/NNS of/IN new/JJ war/NN
Somali/JJ forces/NNS retake/VBP key/JJ town/NN from/IN al-Shabaab/NNP
Chad/NNP ends/VBZ defence/NN pact/NN with/IN France/NNP
South/NNP Africa/NNP 's/POS ANC/NNP loses/VBZ majority/NN for/IN first/JJ time/NN in/IN 30/CD years/NNS
Mexico/NNP sends/VBZ 10,000/CD troops/NNS to/TO U.S./NNP border/NN under/IN tariff/NN deal/NN
Venezuela/NNP frees/VBZ detained/VBN Americans/NNPS in/IN prisoner/NN swap/NN
Canada/NNP hits/VBZ back/RB with/IN tariffs/NNS on/IN U.S./NNP steel/NN
Judge/NN blocks/VBZ plan/NN to/TO deport/VB migrants/NNS to/TO South/NNP Sudan/NNP
Senate/NNP passes/VBZ stopgap/JJ bill/NN ,/, averting/VBG government/NN shutdown/NN
House/NNP Republicans/NNPS unveil/VBP plan/NN to/TO cut/VB Medicaid/NNP spending/NN
Pentagon/NNP chief/NN orders/VBZ review/NN of/IN Afghanistan/NNP withdrawal/NN
Gunman/NN kills/VBZ four/CD in/IN Atlanta/NNP office/NN shooting/NN ,/, police/NNS say/VBP
Wildfires/NNS force/VBP thousands/NNS to/TO flee/VB homes/NNS in/IN southern/JJ California/NNP
China/NNP holds/VBZ drills/NNS around/IN Taiwan/NNP in/IN warning/NN to/TO Lai/NNP
Taiwan/NNP detects/VBZ 30/CD Chinese/JJ warplanes/NNS near/IN island/NN
Seoul/NNP says/VBZ North/NNP Korea/NNP test-fires/VBZ cruise/NN missiles/NNS off/IN west/JJ coast/NN
Japan/NNP ,/, Philippines/NNPS sign/VBP defence/NN pact/NN amid/IN China/NNP worries/NNS
South/NNP Korea/NNP 's/POS Yoon/NNP faces/VBZ arrest/NN after/IN martial/JJ law/NN bid/NN
Myanmar/NNP junta/NN extends/VBZ state/NN of/IN emergency/NN by/IN six/CD months/NNS
Thailand/NNP ,/, Cambodia/NNP agree/VBP ceasefire/NN after/IN deadly/JJ border/NN clashes/NNS
Oil/NN prices/NNS jump/VBP as/IN Middle/NNP East/NNP tensions/NNS flare/VBP
Gold/NN hits/VBZ record/JJ high/NN as/IN investors/NNS seek/VBP safety/NN
Russia/NNP says/VBZ it/PRP shot/VBD down/RP 40/CD Ukrainian/JJ drones/NNS overnight/RB
Kyiv/NNP hit/VBN by/IN massive/JJ drone/NN attack/NN ,/, two/CD dead/JJ
Belarus/NNP frees/VBZ political/JJ prisoners/NNS after/IN talks/NNS with/IN U.S./NNP envoy/NN
Ukraine/NNP and/CC Russia/NNP swap/VBP hundreds/NNS of/IN prisoners/NNS of/IN war/NN
EU/NNP leaders/NNS fail/VBP to/TO agree/VB on/IN use/NN of/IN frozen/VBN Russian/JJ assets/NNS
Hungary/NNP blocks/VBZ EU/NNP aid/NN package/NN for/IN Ukraine/NNP again/RB
Slovak/JJ PM/NNP survives/VBZ no-confidence/JJ vote/NN
Serbian/JJ students/NNS block/VBP bridges/NNS in/IN anti-government/JJ protest/NN
Greece/NNP ,/, Turkey/NNP hold/VBP talks/NNS to/TO ease/VB tensions/NNS in/IN Aegean/NNP
Kurdish/JJ militants/NNS announce/VBP ceasefire/NN with/IN Turkey/NNP
PKK/NNP to/TO disband/VB ,/, end/VB armed/JJ struggle/NN against/IN Turkish/JJ state/NN
Turkish/JJ central/JJ bank/NN raises/VBZ rates/NNS to/TO curb/VB inflation/NN
Israeli/JJ strike/NN on/IN Gaza/NNP school/NN kills/VBZ at/IN least/JJS 20/CD ,/, rescuers/NNS say/VBP
Aid/NN trucks/NNS stuck/VBN at/IN Rafah/NNP crossing/NN ,/, UN/NNP says/VBZ
Israel/NNP approves/VBZ 22/CD new/JJ settlements/NNS in/IN West/NNP Bank/NNP
Palestinian/JJ Authority/NNP rejects/VBZ plan/NN to/TO relocate/VB Gazans/NNPS
Qatar/NNP warns/VBZ hostage/NN talks/NNS at/IN critical/JJ stage/NN
Australian/JJ police/NNS charge/VBP teenager/NN over/IN Sydney/NNP church/NN stabbing/NN
New/NNP Zealand/NNP pauses/VBZ aid/NN to/TO Cook/NNP Islands/NNPS over/IN China/NNP deals/NNS
Chinese/JJ navy/NN holds/VBZ live-fire/JJ drills/NNS off/IN Australian/JJ coast/NN
Rwanda-backed/JJ rebels/NNS seize/VBP Goma/NNP airport/NN
Three/CD soldiers/NNS killed/VBN in/IN roadside/NN bomb/NN blast/NN in/IN Balochistan/NNP
Aid/NN worker/NN abducted/VBN in/IN eastern/JJ Congo/NNP
Opposition/NN leader/NN barred/VBN from/IN running/VBG in/IN Ivory/NNP Coast/NNP vote/NN
What/WP next/RB for/IN the/DT Gaza/NNP ceasefire/NN ?/.
Who/WP leads/VBZ Syria/NNP now/RB ?/.
Trump/NNP to/TO meet/VB Putin/NNP in/IN Alaska/NNP next/JJ week/NN ,/, White/NNP House/NNP says/VBZ
Blast/NN rocks/VBZ Karachi/NNP market/NN ,/, dozens/NNS hurt/VBN
In/IN a/DT statement/NN on/IN Sunday/NNP ,/, the/DT Turkish/JJ interior/NN ministry/NN said/VBD the/DT suspects/NNS had/VBD been/VBN detained/VBN in/IN simultaneous/JJ raids/NNS across/IN 11/CD provinces/NNS ./.
In/IN a/DT televised/VBN address/NN late/RB on/IN Tuesday/NNP ,/, Prime/NNP Minister/NNP Benjamin/NNP Netanyahu/NNP said/VBD Israel/NNP would/MD "/" finish/VB the/DT job/NN "/" in/IN Gaza/NNP ./.
Speaking/VBG to/TO reporters/NNS in/IN Brussels/NNP ,/, the/DT NATO/NNP secretary/NN general/NN said/VBD allies/NNS had/VBD agreed/VBN to/TO "/" significantly/RB increase/VB "/" their/PRP$ support/NN for/IN Kyiv/NNP ./.
"/" We/PRP will/MD respond/VB at/IN a/DT time/NN and/CC place/NN of/IN our/PRP$ choosing/NN ,/, "/" the/DT Iranian/JJ foreign/JJ minister/NN wrote/VBD on/IN social/JJ media/NNS ./.
"/" There/EX is/VBZ no/DT military/JJ solution/NN to/TO this/DT conflict/NN ,/, "/" the/DT U.N./NNP envoy/NN told/VBD the/DT Security/NNP Council/NNP ,/, "/" and/CC every/DT day/NN of/IN delay/NN costs/VBZ lives/NNS ./. "/"
"/" They/PRP told/VBD us/PRP ,/, "/" You/PRP have/VBP two/CD hours/NNS to/TO leave/VB ,/, "/" "/" said/VBD Mahmoud/NNP ,/, a/DT 43-year-old/JJ taxi/NN driver/NN from/IN Jabalia/NNP ./.
The/DT minister/NN described/VBD the/DT sanctions/NNS as/IN "/" economic/JJ warfare/NN "/" and/CC said/VBD Moscow/NNP would/MD retaliate/VB ./.
A/DT senior/JJ official/NN ,/, who/WP spoke/VBD on/IN condition/NN of/IN anonymity/NN because/IN he/PRP was/VBD not/RB authorised/VBN to/TO brief/VB the/DT media/NNS ,/, said/VBD the/DT talks/NNS had/VBD "/" hit/VBN a/DT wall/NN ./. "/"
ANKARA/NNP ,/, June/NNP 3/CD (/( Reuters/NNP )/) -/: Turkish/JJ police/NNS detained/VBD 52/CD people/NNS on/IN Tuesday/NNP in/IN an/DT investigation/NN into/IN alleged/VBN corruption/NN at/IN the/DT Istanbul/NNP municipality/NN ,/, state/NN media/NNS reported/VBD ./.
NEW/NNP DELHI/NNP (/( AP/NNP )/) --/: India/NNP said/VBD on/IN Wednesday/NNP it/PRP had/VBD fired/VBN missiles/NNS at/IN nine/CD sites/NNS in/IN Pakistan/NNP and/CC Pakistani-administered/JJ Kashmir/NNP ./.
SYDNEY/NNP ,/, Aug/NNP 11/CD (/( Reuters/NNP )/) -/: Australia/NNP will/MD recognise/VB a/DT Palestinian/JJ state/NN at/IN the/DT United/NNP Nations/NNPS General/NNP Assembly/NNP in/IN September/NNP ,/, Prime/NNP Minister/NNP Anthony/NNP Albanese/NNP said/VBD on/IN Monday/NNP ./.
TUNIS/NNP (/( Reuters/NNP )/) -/: A/DT Tunisian/JJ court/NN sentenced/VBD a/DT prominent/JJ critic/NN of/IN President/NNP Kais/NNP Saied/NNP to/TO eight/CD years/NNS in/IN prison/NN on/IN Wednesday/NNP ,/, his/PRP$ lawyer/NN said/VBD ./.
The/DT army/NN said/VBD the/DT strike/NN had/VBD targeted/VBN "/" a/DT Hamas/NNP command/NN and/CC control/NN centre/NN "/" inside/IN a/DT former/JJ school/NN ./.
The/DT agreement/NN has/VBZ three/CD parts/NNS :/: a/DT six-week/JJ truce/NN ,/, the/DT release/NN of/IN hostages/NNS and/CC prisoners/NNS ,/, and/CC talks/NNS on/IN a/DT permanent/JJ end/NN to/TO the/DT war/NN ./.
His/PRP$ message/NN to/TO the/DT summit/NN was/VBD blunt/JJ :/: "/" Ukraine/NNP will/MD not/RB trade/VB its/PRP$ land/NN for/IN promises/NNS ./. "/"
The/DT ceasefire/NN -/: brokered/VBN by/IN Egypt/NNP ,/, Qatar/NNP and/CC the/DT United/NNP States/NNPS -/: came/VBD into/IN force/NN at/IN noon/NN local/JJ time/NN (/( 1000/CD GMT/NNP )/) ./.
Kurdish-led/JJ forces/NNS (/( known/VBN by/IN their/PRP$ acronym/NN ,/, SDF/NNP )/) still/RB control/VBP much/JJ of/IN northeast/JJ Syria/NNP ./.
"/" I/PRP am/VBP not/RB going/VBG anywhere/RB ,/, "/" Yoon/NNP said/VBD in/IN a/DT video/NN message/NN ,/, vowing/VBG to/TO "/" fight/VB to/TO the/DT end/NN ./. "/"
The/DT opposition/NN called/VBD the/DT vote/NN "/" a/DT farce/NN "/" -/: a/DT word/NN the/DT electoral/JJ commission/NN 's/POS chairman/NN rejected/VBD as/IN "/" irresponsible/JJ and/CC dangerous/JJ ./. "/"
The/DT Kremlin/NNP 's/POS spokesman/NN ,/, Dmitry/NNP Peskov/NNP ,/, told/VBD reporters/NNS that/IN Moscow/NNP remained/VBD "/" open/JJ to/TO dialogue/NN "/" but/CC that/IN its/PRP$ conditions/NNS had/VBD not/RB changed/VBN ./.
In/IN an/DT interview/NN with/IN the/DT BBC/NNP ,/, Pakistan/NNP 's/POS defence/NN minister/NN warned/VBD that/IN any/DT attempt/NN to/TO block/VB the/DT Indus/NNP waters/NNS would/MD be/VB treated/VBN as/IN "/" an/DT act/NN of/IN war/NN ./. "/"
Writing/VBG on/IN Truth/NNP Social/NNP ,/, Trump/NNP said/VBD the/DT tariffs/NNS -/: which/WDT he/PRP called/VBD "/" reciprocal/JJ "/" -/: would/MD take/VB effect/NN at/IN midnight/NN ./.
According/VBG to/TO the/DT U.N./NNP humanitarian/JJ office/NN (/( OCHA/NNP )/) ,/, nearly/RB 90/CD percent/NN of/IN Gaza/NNP 's/POS population/NN has/VBZ been/VBN displaced/VBN at/IN least/JJS once/RB ./.
"/" When/WRB I/PRP asked/VBD the/DT officer/NN why/WRB ,/, he/PRP said/VBD ,/, "/" Orders/NNS from/IN above/RB ,/, "/" and/CC walked/VBD away/RB ,/, "/" the/DT driver/NN recalled/VBD ./.
The/DT charge/NN sheet/NN accuses/VBZ the/DT mayor/NN of/IN "/" forming/VBG and/CC leading/VBG a/DT criminal/JJ organisation/NN ,/, "/" a/DT charge/NN his/PRP$ lawyers/NNS say/VBP is/VBZ baseless/JJ ./.
Ukraine/NNP 's/POS military/JJ intelligence/NN agency/NN (/( HUR/NNP )/) said/VBD its/PRP$ drones/NNS had/VBD struck/VBN an/DT ammunition/NN depot/NN in/IN the/DT Bryansk/NNP region/NN overnight/RB ./.
The/DT statement/NN ended/VBD with/IN a/DT warning/NN :/: any/DT ship/NN entering/VBG the/DT zone/NN would/MD be/VB considered/VBN "/" a/DT legitimate/JJ target/NN ./. "/"
"/" This/DT is/VBZ not/RB a/DT ceasefire/NN ;/: it/PRP is/VBZ a/DT pause/NN ,/, "/" said/VBD a/DT Western/JJ diplomat/NN in/IN Cairo/NNP ./.
Earlier/RBR on/IN Monday/NNP ,/, the/DT Israeli/JJ military/NN ordered/VBD residents/NNS of/IN 14/CD villages/NNS in/IN southern/JJ Lebanon/NNP to/TO leave/VB their/PRP$ homes/NNS "/" immediately/RB ./. "/"
In/IN a/DT rare/JJ public/JJ rebuke/NN ,/, the/DT Australian/JJ foreign/JJ minister/NN said/VBD Beijing/NNP 's/POS conduct/NN had/VBD been/VBN "/" unsafe/JJ and/CC unprofessional/JJ ./. "/"
Algeria/NNP 's/POS foreign/JJ ministry/NN said/VBD in/IN a/DT statement/NN that/IN the/DT decision/NN was/VBD "/" a/DT grave/JJ step/NN "/" and/CC that/IN it/PRP reserved/VBD the/DT right/NN to/TO respond/VB ./.
The/DT deal/NN -/: if/IN it/PRP holds/VBZ -/: would/MD be/VB the/DT first/JJ major/JJ breakthrough/NN in/IN more/JJR than/IN a/DT year/NN of/IN negotiations/NNS ./.
The/DT president/NN 's/POS office/NN (/( which/WDT rarely/RB comments/VBZ on/IN military/JJ matters/NNS )/) confirmed/VBD on/IN Friday/NNP that/IN the/DT general/NN had/VBD been/VBN dismissed/VBN ./.
"/" Nobody/NN here/RB believes/VBZ the/DT war/NN will/MD end/VB soon/RB ,/, "/" said/VBD Oleksandr/NNP ,/, 52/CD ,/, a/DT miner/NN in/IN Pokrovsk/NNP ./.
Asked/VBN whether/IN the/DT army/NN would/MD withdraw/VB from/IN the/DT buffer/NN zone/NN ,/, the/DT defence/NN minister/NN replied/VBD :/: "/" Not/RB while/IN our/PRP$ towns/NNS are/VBP under/IN fire/NN ./. "/"
The/DT phrase/NN "/" boots/NNS on/IN the/DT ground/NN "/" did/VBD not/RB appear/VB once/RB in/IN the/DT final/JJ communique/NN ./.
CAIRO/NNP ,/, March/NNP 18/CD (/( Reuters/NNP )/) -/: Egyptian/JJ and/CC Qatari/JJ mediators/NNS have/VBP presented/VBN a/DT new/JJ proposal/NN to/TO Israel/NNP and/CC Hamas/NNP ,/, two/CD officials/NNS briefed/VBN on/IN the/DT talks/NNS said/VBD on/IN Tuesday/NNP ./.
In/IN a/DT post/NN on/IN Telegram/NNP ,/, the/DT Russian/JJ defence/NN ministry/NN said/VBD its/PRP$ forces/NNS had/VBD "/" liberated/VBN "/" the/DT village/NN of/IN Novoselivka/NNP ./.
The/DT Turkish/JJ lira/NN -/: already/RB at/IN a/DT record/JJ low/NN -/: fell/VBD a/DT further/JJ 3/CD percent/NN after/IN the/DT arrest/NN ./.
Residents/NNS described/VBD the/DT night/NN as/IN "/" hell/NN "/" :/: hours/NNS of/IN explosions/NNS ,/, then/RB silence/NN ,/, then/RB more/JJR explosions/NNS ./.
One/CD man/NN ,/, who/WP gave/VBD his/PRP$ name/NN only/RB as/IN Yusuf/NNP ,/, said/VBD :/: "/" My/PRP$ brother/NN was/VBD shot/VBN at/IN the/DT checkpoint/NN ,/, and/CC nobody/NN has/VBZ told/VBN us/PRP why/WRB ./. "/"
The/DT ministry/NN (/( not/RB the/DT army/NN )/) is/VBZ responsible/JJ for/IN the/DT border/NN crossings/NNS ,/, officials/NNS said/VBD ./.
"/" We/PRP are/VBP ready/JJ to/TO talk/VB ,/, but/CC not/RB under/IN threats/NNS ,/, "/" Iran/NNP 's/POS president/NN said/VBD in/IN a/DT speech/NN broadcast/VBN on/IN state/NN television/NN ./.
The/DT prime/JJ minister/NN 's/POS words/NNS -/: "/" We/PRP are/VBP at/IN war/NN ,/, and/CC we/PRP will/MD win/VB it/PRP "/" -/: were/VBD repeated/VBN by/IN several/JJ ministers/NNS on/IN Sunday/NNP ./.
Israel/NNP 's/POS military/NN said/VBD in/IN a/DT statement/NN that/IN it/PRP "/" regrets/VBZ any/DT harm/NN to/TO uninvolved/JJ civilians/NNS "/" and/CC that/IN the/DT incident/NN was/VBD under/IN review/NN ./.
JOHANNESBURG/NNP (/( AP/NNP )/) --/: South/NNP Africa/NNP 's/POS governing/VBG ANC/NNP on/IN Friday/NNP agreed/VBD to/TO form/VB a/DT coalition/NN with/IN its/PRP$ main/JJ rival/NN ,/, the/DT Democratic/NNP Alliance/NNP ./.
The/DT U.N./NNP human/JJ rights/NNS office/NN said/VBD it/PRP had/VBD documented/VBN "/" credible/JJ allegations/NNS "/" of/IN summary/JJ executions/NNS in/IN at/IN least/JJS four/CD towns/NNS ./.
For/IN the/DT families/NNS of/IN the/DT hostages/NNS ,/, the/DT news/NN brought/VBD both/DT relief/NN and/CC fear/NN :/: relief/NN that/IN a/DT deal/NN was/VBD close/JJ ,/, fear/NN that/IN it/PRP could/MD still/RB collapse/VB ./.
"/" He/PRP kept/VBD saying/VBG ,/, "/" It/PRP 's/VBZ my/PRP$ fault/NN ,/, I/PRP should/MD have/VB stayed/VBN ,/, "/" "/" his/PRP$ sister/NN told/VBD AFP/NNP ./.
Prosecutors/NNS say/VBP the/DT network/NN smuggled/VBD at/IN least/JJS 3,000/CD migrants/NNS into/IN Spain/NNP (/( and/CC possibly/RB many/JJ more/JJR )/) over/IN two/CD years/NNS ./.
The/DT Indian/JJ army/NN said/VBD its/PRP$ soldiers/NNS had/VBD responded/VBN "/" in/IN a/DT calibrated/VBN and/CC proportionate/JJ manner/NN "/" to/TO unprovoked/JJ firing/NN from/IN across/IN the/DT Line/NNP of/IN Control/NNP ./.
In/IN Washington/NNP ,/, a/DT State/NNP Department/NNP spokesman/NN said/VBD the/DT United/NNP States/NNPS was/VBD "/" deeply/RB concerned/JJ "/" by/IN the/DT reports/NNS ./.
The/DT message/NN from/IN Ankara/NNP was/VBD clear/JJ :/: no/DT Kurdish/JJ state/NN on/IN Turkey/NNP 's/POS southern/JJ border/NN ./.
The/DT court/NN 's/POS ruling/NN -/: which/WDT can/MD not/RB be/VB appealed/VBN -/: means/VBZ the/DT election/NN will/MD be/VB held/VBN again/RB in/IN May/NNP ./.
Witnesses/NNS said/VBD the/DT gunmen/NNS shouted/VBD "/" God/NNP is/VBZ great/JJ "/" before/IN opening/VBG fire/NN ./.
In/IN a/DT letter/NN to/TO the/DT Security/NNP Council/NNP seen/VBN by/IN Reuters/NNP ,/, Ukraine/NNP 's/POS envoy/NN called/VBD the/DT attack/NN "/" a/DT deliberate/JJ act/NN of/IN terror/NN against/IN civilians/NNS ./. "/"
"/" The/DT question/NN is/VBZ not/RB whether/IN we/PRP respond/VBP ,/, "/" a/DT senior/JJ Israeli/JJ official/NN said/VBD ,/, "/" but/CC when/WRB and/CC how/WRB ./. "/"
The/DT report/NN ,/, titled/VBN "/" Nowhere/RB to/TO Hide/VB ,/, "/" accuses/VBZ both/DT the/DT army/NN and/CC the/DT rebels/NNS of/IN using/VBG starvation/NN as/IN a/DT weapon/NN ./.
Moscow/NNP 's/POS version/NN of/IN events/NNS -/: that/IN the/DT plane/NN was/VBD brought/VBN down/RP by/IN a/DT Ukrainian/JJ missile/NN -/: has/VBZ been/VBN rejected/VBN by/IN investigators/NNS ./.
At/IN the/DT funeral/NN ,/, his/PRP$ father/NN held/VBD up/RP a/DT photograph/NN and/CC said/VBD quietly/RB ,/, "/" He/PRP was/VBD 19/CD ./. "/"
The/DT agency/NN 's/POS head/NN ,/, Rafael/NNP Grossi/NNP ,/, said/VBD inspectors/NNS had/VBD been/VBN given/VBN access/NN to/TO "/" some/DT ,/, but/CC not/RB all/DT "/" of/IN the/DT sites/NNS ./.
Speaking/VBG at/IN a/DT rally/NN in/IN Izmir/NNP ,/, the/DT opposition/NN leader/NN called/VBD the/DT detentions/NNS "/" a/DT coup/NN against/IN the/DT ballot/NN box/NN ./. "/"
The/DT foreign/JJ minister/NN ,/, Penny/NNP Wong/NNP ,/, told/VBD parliament/NN that/IN Australia/NNP had/VBD raised/VBN the/DT matter/NN "/" at/IN the/DT highest/JJS levels/NNS "/" in/IN Beijing/NNP ./.
The/DT rebels/NNS (/( who/WP call/VBP themselves/PRP the/DT Movement/NNP for/IN Justice/NNP )/) deny/VBP receiving/VBG weapons/NNS from/IN abroad/RB ./.
"/" If/IN they/PRP want/VBP a/DT war/NN ,/, they/PRP will/MD get/VB one/CD ,/, "/" the/DT Houthi/NNP leader/NN said/VBD in/IN a/DT speech/NN on/IN Thursday/NNP ./.
Lebanon/NNP 's/POS caretaker/NN prime/JJ minister/NN said/VBD the/DT strikes/NNS were/VBD "/" a/DT flagrant/JJ violation/NN "/" of/IN the/DT truce/NN and/CC urged/VBD Washington/NNP to/TO intervene/VB ./.
In/IN a/DT statement/NN issued/VBN after/IN midnight/NN ,/, the/DT army/NN said/VBD two/CD of/IN its/PRP$ soldiers/NNS had/VBD been/VBN "/" seriously/RB wounded/VBN "/" in/IN southern/JJ Gaza/NNP ./.
The/DT word/NN he/PRP used/VBD -/: "/" capitulation/NN "/" -/: angered/VBD many/JJ in/IN Kyiv/NNP ./.
ISTANBUL/NNP ,/, March/NNP 23/CD (/( Reuters/NNP )/) -/: A/DT Turkish/JJ court/NN on/IN Sunday/NNP ordered/VBD Istanbul/NNP Mayor/NNP Ekrem/NNP Imamoglu/NNP jailed/VBN pending/VBG trial/NN on/IN corruption/NN charges/NNS ,/, a/DT move/NN his/PRP$ party/NN called/VBD "/" political/JJ ./. "/"
One/CD official/NN put/VBD it/PRP bluntly/RB :/: "/" Without/IN air/NN defence/NN ,/, we/PRP can/MD not/RB protect/VB the/DT grid/NN ./. "/"
The/DT minister/NN said/VBD the/DT claims/NNS were/VBD "/" baseless/JJ "/" and/CC accused/VBD the/DT newspaper/NN of/IN "/" spreading/VBG enemy/NN propaganda/NN ./. "/"
Two/CD of/IN the/DT detained/VBN journalists/NNS (/( one/CD Turkish/JJ ,/, one/CD Swedish/JJ )/) were/VBD released/VBN on/IN Saturday/NNP ./.
The/DT spokeswoman/NN declined/VBD to/TO say/VB whether/IN the/DT president/NN had/VBD been/VBN briefed/VBN ,/, saying/VBG only/RB :/: "/" We/PRP do/VBP not/RB comment/VB on/IN intelligence/NN matters/NNS ./. "/"
Asked/VBN about/IN the/DT report/NN ,/, Peskov/NNP told/VBD reporters/NNS :/: "/" I/PRP have/VBP nothing/NN to/TO add/VB to/TO what/WP the/DT president/NN has/VBZ said/VBN ./. "/"
"/" Our/PRP$ children/NNS ask/VBP us/PRP ,/, "/" When/WRB can/MD we/PRP go/VB home/RB ?/. "/" and/CC we/PRP have/VBP no/DT answer/NN ,/, "/" said/VBD a/DT woman/NN in/IN a/DT camp/NN near/IN Goma/NNP ./.
In/IN a/DT joint/JJ statement/NN ,/, the/DT foreign/JJ ministers/NNS of/IN France/NNP ,/, Germany/NNP and/CC Britain/NNP called/VBD on/IN Iran/NNP to/TO "/" stop/VB its/PRP$ nuclear/JJ escalation/NN ./. "/"
The/DT army/NN spokesman/NN said/VBD the/DT troops/NNS had/VBD acted/VBN "/" in/IN line/NN with/IN the/DT rules/NNS of/IN engagement/NN "/" and/CC that/IN an/DT inquiry/NN had/VBD been/VBN opened/VBN ./.
The/DT summit/NN ended/VBD without/IN a/DT joint/JJ communique/NN -/: a/DT rare/JJ failure/NN that/WDT diplomats/NNS blamed/VBD on/IN disagreements/NNS over/IN Ukraine/NNP ./.
BEIRUT/NNP (/( AP/NNP )/) --/: Israeli/JJ drones/NNS struck/VBD a/DT car/NN near/IN the/DT southern/JJ city/NN of/IN Tyre/NNP on/IN Thursday/NNP ,/, killing/VBG two/CD people/NNS ,/, Lebanon/NNP 's/POS health/NN ministry/NN said/VBD ./.
Netanyahu/NNP 's/POS office/NN said/VBD in/IN a/DT brief/JJ statement/NN that/IN the/DT delegation/NN would/MD travel/VB to/TO Doha/NNP "/" in/IN the/DT coming/VBG days/NNS ./. "/"
"/" The/DT world/NN is/VBZ watching/VBG ,/, "/" the/DT secretary/NN general/NN said/VBD ,/, "/" and/CC history/NN will/MD judge/VB us/PRP ./. "/"
Witnesses/NNS told/VBD Reuters/NNP that/IN the/DT police/NNS had/VBD used/VBN batons/NNS and/CC tear/NN gas/NN -/: and/CC ,/, in/IN some/DT cases/NNS ,/, rubber/NN bullets/NNS -/: to/TO clear/VB the/DT square/NN ./.
The/DT treaty/NN 's/POS key/JJ clause/NN (/( Article/NNP 5/CD )/) commits/VBZ each/DT member/NN to/TO treat/VB an/DT attack/NN on/IN one/CD as/IN an/DT attack/NN on/IN all/DT ./.
Erdogan/NNP said/VBD the/DT opposition/NN was/VBD trying/VBG to/TO "/" take/VB the/DT streets/NNS hostage/NN "/" and/CC warned/VBD that/IN the/DT state/NN would/MD not/RB tolerate/VB it/PRP ./.
In/IN a/DT speech/NN on/IN Friday/NNP ,/, Putin/NNP said/VBD Russia/NNP had/VBD "/" no/DT intention/NN "/" of/IN attacking/VBG NATO/NNP ,/, calling/VBG such/JJ talk/NN "/" nonsense/NN ./. "/"
Their/PRP$ demands/NNS were/VBD simple/JJ :/: water/NN ,/, electricity/NN and/CC an/DT end/NN to/TO the/DT shelling/NN ./.
The/DT Israeli/JJ military/NN said/VBD in/IN a/DT statement/NN that/IN troops/NNS had/VBD identified/VBN "/" a/DT number/NN of/IN suspects/NNS "/" approaching/VBG them/PRP and/CC had/VBD fired/VBN warning/NN shots/NNS ./.
"/" We/PRP did/VBD not/RB choose/VB this/DT war/NN ,/, "/" Zelenskiy/NNP told/VBD the/DT crowd/NN ,/, "/" but/CC we/PRP will/MD choose/VB how/WRB it/PRP ends/VBZ ./. "/"
A/DT government/NN spokesman/NN in/IN Tripoli/NNP said/VBD the/DT clashes/NNS had/VBD been/VBN "/" contained/VBN "/" and/CC that/IN life/NN in/IN the/DT capital/NN was/VBD returning/VBG to/TO normal/JJ ./.
MOSCOW/NNP ,/, Jan/NNP 20/CD (/( Reuters/NNP )/) -/: Russia/NNP 's/POS foreign/JJ ministry/NN said/VBD on/IN Monday/NNP it/PRP was/VBD ready/JJ to/TO discuss/VB "/" all/DT issues/NNS "/" with/IN the/DT new/JJ U.S./NNP administration/NN ./.
The/DT Pakistani/JJ military/NN 's/POS media/NNS wing/NN (/( ISPR/NNP )/) said/VBD seven/CD militants/NNS and/CC two/CD soldiers/NNS had/VBD died/VBN in/IN the/DT exchange/NN of/IN fire/NN ./.
"/" Everything/NN that/WDT happened/VBD here/RB -/: the/DT arrests/NNS ,/, the/DT beatings/NNS ,/, the/DT disappearances/NNS -/: must/MD be/VB investigated/VBN ,/, "/" the/DT rapporteur/NN said/VBD ./.
In/IN a/DT separate/JJ statement/NN ,/, the/DT ministry/NN said/VBD it/PRP had/VBD "/" intercepted/VBN and/CC destroyed/VBN "/" 23/CD drones/NNS over/IN the/DT Kursk/NNP and/CC Belgorod/NNP regions/NNS ./.
Diplomats/NNS say/VBP the/DT draft/NN resolution/NN -/: the/DT third/JJ in/IN a/DT month/NN -/: is/VBZ unlikely/JJ to/TO survive/VB a/DT veto/NN ./.
Speaking/VBG on/IN condition/NN of/IN anonymity/NN ,/, two/CD U.S./NNP officials/NNS said/VBD the/DT strike/NN had/VBD been/VBN approved/VBN by/IN the/DT president/NN on/IN Saturday/NNP ./.
The/DT headline/NN on/IN the/DT front/NN page/NN was/VBD a/DT single/JJ word/NN :/: "/" Betrayed/VBN ./. "/"
The/DT Moroccan/JJ interior/NN ministry/NN said/VBD in/IN a/DT statement/NN that/IN the/DT suspects/NNS had/VBD been/VBN "/" planning/VBG attacks/NNS on/IN vital/JJ installations/NNS ./. "/"
"/" I/PRP was/VBD told/VBN ,/, "/" Sign/VB or/CC you/PRP will/MD never/RB see/VB your/PRP$ family/NN again/RB ,/, "/" "/" the/DT former/JJ detainee/NN said/VBD ./.
The/DT tribunal/NN 's/POS verdict/NN ,/, read/VBN out/RP in/IN a/DT packed/VBN courtroom/NN in/IN The/DT Hague/NNP ,/, found/VBD the/DT former/JJ commander/NN guilty/JJ on/IN all/DT counts/NNS ./.
In/IN a/DT speech/NN marking/VBG the/DT anniversary/NN ,/, the/DT president/NN promised/VBD voters/NNS "/" a/DT new/JJ Turkey/NNP "/" -/: stronger/JJR ,/, richer/JJR and/CC more/JJR secure/JJ ./.
